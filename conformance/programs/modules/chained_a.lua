local b = require("modules.chained_b")
return { name = "a", b = b, order = order_log }
