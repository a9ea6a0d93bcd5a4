-- _G is an ordinary table that can be passed around and indexed
local G = _G
print(G == _G, type(G))
local function lookup(env, name) return env[name] end
print(lookup(_G, "type") == type, lookup(_G, "nothing"))
G.shared = {count = 0}
local function bump() shared.count = shared.count + 1 end
bump(); bump(); bump()
print(shared.count, _G.shared.count)
local names = {"tostring", "tonumber", "select", "next", "pairs", "ipairs"}
local found = 0
for _, n in ipairs(names) do if type(_G[n]) == "function" then found = found + 1 end end
print(found, #names)
local libs = {"math", "string", "table", "io"}
for _, l in ipairs(libs) do io.write(l, "=", type(_G[l]), " ") end
print()
print(_G.table.unpack == table.unpack)
