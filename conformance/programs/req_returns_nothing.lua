-- a module returning nothing: require gives true and stores true in package.loaded
local r = require("modules.nothing")
print(r, side_effect_from_nothing)
print(package.loaded["modules.nothing"])
-- a second require does not re-run it
local r2 = require("modules.nothing")
print(r2, side_effect_from_nothing)
-- a module that sets package.loaded itself and returns nothing
package.preload["selfset"] = function(name)
  package.loaded[name] = { set_by = "module itself" }
end
print(require("selfset").set_by)
-- a preload returning nil and not setting anything gives true
package.preload["empty"] = function() end
print(require("empty"), package.loaded.empty)
