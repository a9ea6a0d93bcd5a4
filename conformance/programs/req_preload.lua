-- package.preload functions act as loaders
local calls = {}
package.preload["mylib"] = function(name, extra)
  calls[#calls + 1] = name .. "|" .. tostring(extra)
  return { greet = function(who) return "hello " .. who end }
end
local lib = require("mylib")
print(lib.greet("world"))
print(table.concat(calls, ";"))
-- the loader runs only once
require("mylib")
print(#calls)
-- preload takes priority over files with the same name
package.preload["modules.counter"] = function() return "from preload" end
print(require("modules.counter"))
-- dotted names are passed unchanged
package.preload["a.b.c"] = function(n) return n end
print(require("a.b.c"))
-- a preload loader that errors
package.preload["failing"] = function() error("preload failed") end
local ok, e = pcall(require, "failing")
print(ok, e)
print(package.loaded.failing)
-- a preload entry that is not a function is not called
print(type(package.preload))
