-- an error inside a module propagates through require with its position
local ok, e = pcall(require, "modules.bad_runtime")
print(ok, e)
print(package.loaded["modules.bad_runtime"])
-- a second attempt runs the module again and fails again
ok, e = pcall(require, "modules.bad_index")
print(ok, e)
ok, e = pcall(require, "modules.bad_index")
print(ok, e)
-- a non-string error value is passed through unchanged
ok, e = pcall(require, "modules.thrower_table")
print(ok, type(e), tostring(e))
-- an error from a nested require
package.preload["outer"] = function() return require("modules.bad_runtime") end
ok, e = pcall(require, "outer")
print(ok, e)
-- the error escapes through a function that calls require
local function load_it() local m = require("modules.thrower") return m end
print(pcall(load_it))
