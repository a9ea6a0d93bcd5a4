-- globals are fields of _G
x = 10
print(_G.x, _G["x"])
_G.y = 20
print(y)
_G["z"] = x + y
print(z)
print(_G._G == _G, _G.print == print)
print(type(_G), type(_G.string), _G.string.upper("ok"))
local name = "dyn"
_G[name] = "dynamic global"
print(dyn)
_G[name .. "2"] = function(a) return a * 3 end
print(dyn2(14))
x = nil
print(_G.x, x)
print(_G.undefined_thing)
_G.math.custom = 1
print(math.custom)
math.custom = nil
print(_G.math.custom)
local count = 0
for _, k in ipairs({"x", "y", "z", "dyn", "dyn2"}) do
  if _G[k] ~= nil then count = count + 1 end
end
print(count)
