-- a module returning false: require gives false
local r = require("modules.falsy")
print(r, falsy_ran)
print(package.loaded["modules.falsy"])
-- the stored value is false, so requiring again runs the module again
local r2 = require("modules.falsy")
print(r2, falsy_ran)
-- preload returning false
local runs = 0
package.preload["pfalse"] = function() runs = runs + 1 return false end
print(require("pfalse"), runs)
print(require("pfalse"), runs)
print(package.loaded.pfalse)
