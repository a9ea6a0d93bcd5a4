-- require's second result is the loader data: the file name where the module was found
local m, where = require("modules.counter")
print(type(m), where)
-- the file name is also passed to the module as its second argument
local a, w2 = require("modules.args")
print(a.name, a.path, a.n, w2)
-- a module found through ./?/init.lua
local p, w3 = require("modules.pkg")
print(p.name, p.path, w3)
-- an already loaded module: require returns only the value
print(select('#', require("modules.counter")))
print(require("modules.counter") == m)
-- preload gives ":preload:"
package.preload.pre = function(...) return { ... } end
local t, w4 = require("pre")
print(t[1], t[2], w4)
-- standard libraries already loaded
print(select('#', require("string")))
