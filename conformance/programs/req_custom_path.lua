-- package.path set by the program controls where require looks
package.path = "./modules/?.lua"
local c, where = require("counter")
print(type(c), where, c.name)
print(c.inc(3))
-- a different name for the same file is a separate module
package.path = "./?.lua"
local c2 = require("modules.counter")
print(rawequal(c, c2))
-- several templates: the first existing file wins
package.path = "./nowhere/?.lua;./modules/?.lua;./?.lua"
local p, w = require("plain")
print(p.kind, w, p.args[1], p.args[2])
-- dots in the name become directory separators
package.path = "./?.lua"
local v, w2 = require("modules.vec")
print(type(v.new), w2)
-- a template with a fixed suffix
package.path = "./modules/?s.lua"
local val, w3 = require("value")
print(type(val), w3)
-- package.searchpath applies the same rules
print(package.searchpath("counter", "./modules/?.lua"))
print(package.searchpath("modules.pkg", "./?.lua;./?/init.lua"))
