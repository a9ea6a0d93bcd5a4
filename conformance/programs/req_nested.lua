-- modules requiring other modules
local geo = require("modules.geometry")
print(geo.perimeter(3, 4))
print(rawequal(geo.vec, require("modules.vec")))
print(vec_loaded_count)
print(tostring(geo.vec.new(1, 2) + geo.vec.new(10, 20)))
-- a chain a -> b -> c records the order of execution
local a = require("modules.chained_a")
print(a.name, a.b.name, a.b.c.name)
print(table.concat(a.order, " > "))
print(rawequal(a.b, package.loaded["modules.chained_b"]))
print(rawequal(a.b.c, package.loaded["modules.chained_c"]))
-- requiring c again after the chain does not re-run it
require("modules.chained_c")
print(#order_log)
