-- requiring the same module twice returns the same value without re-running it
local a = require("modules.vec")
local b = require("modules.vec")
print(rawequal(a, b))
print(vec_loaded_count)
local p = a.new(1, 2) + b.new(3, 4)
print(tostring(p))
-- a module loaded under two different names is run twice
package.path = "./modules/?.lua;" .. package.path
local c = require("vec")
print(rawequal(a, c), vec_loaded_count)
local d = require("vec")
print(rawequal(c, d), vec_loaded_count)
