-- errors inside functions created by load
local f = load("local x = ... return x * 2")
print(f(21))
local named = load("return function(t) return t.a.b end", "=mymodule")()
print(pcall(named, {}))
local g = load([[
local function helper(v)
  if v > 3 then error("too big: " .. v) end
  return v
end
return function(n) return helper(n) + 1 end
]])()
print(g(2))
local h = load("local a = {}\nreturn a.b.c", "@virtual.lua")
print(pcall(h))
local function run() local r = g(7) return r end
run()
