order_log = order_log or {}
order_log[#order_log + 1] = "b"
local c = require("modules.chained_c")
order_log[#order_log + 1] = "b done"
return { name = "b", c = c }
