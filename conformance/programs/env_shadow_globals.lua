-- locals shadow globals of the same name; _G reaches the global
value = "global"
local value = "local"
print(value, _G.value)
do
  local value = "inner"
  print(value, _G.value)
  _G.value = "global changed"
end
print(value, _G.value)
local function f()
  value = "upvalue changed"
end
f()
print(value, _G.value)
local function g(value) return value, _G.value end
print(g("param"))
local print = function(...) _G.print("local print:", ...) end
print("x")
_G.print("direct")
