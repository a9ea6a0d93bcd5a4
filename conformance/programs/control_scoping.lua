-- block scoping and shadowing
local x = "outer"
do
  local x = "inner"
  print("in do", x)
  do
    local x = "innermost"
    print("in nested do", x)
  end
  print("back in do", x)
end
print("outside", x)
local y = 1
local y = y + 1
print("redeclared y", y)
if true then
  local x = "if-local"
  x = x .. "!"
  print(x)
end
print("after if", x)
for x = 1, 2 do
  print("loop x", x)
end
print("after loop", x)
local function f(x) return "param " .. x end
print(f("p"), x)
g = "global g"
local g = "local g"
print(g)
local z
do z = "assigned in block" end
print(z)
local a = 1
do
  local a = a + 1
  print("a inside", a)
end
print("a outside", a)
