-- package.searchers is a table of searcher functions
print(type(package.searchers), #package.searchers)
for i = 1, #package.searchers do
  print(i, type(package.searchers[i]))
end
-- the preload searcher (first) returns a loader and ":preload:"
package.preload.x = function() return "x loaded" end
local loader, data = package.searchers[1]("x")
print(type(loader), data)
print(loader("x", data))
-- for a missing name it returns an explanation string
print(package.searchers[1]("nothere"))
-- the Lua file searcher (second) returns a loader and the file name
package.path = "./modules/?.lua"
local l2, d2 = package.searchers[2]("plain")
print(type(l2), d2)
local m = l2("plain", d2)
print(m.kind, m.args[1], m.args[2])
print(package.searchers[2]("missing_mod"))
