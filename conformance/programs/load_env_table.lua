-- the 4th argument of load becomes the chunk's _ENV
local env = { print = print, x = 5 }
local f = load("y = x * 2 z = 'set' return x + 1", "=envchunk", "t", env)
print(f())
print(env.y, env.z, y, z)
-- globals of the caller are not visible
local g = load("return tostring, print, x", "=g", "t", { x = 1 })
print(g())
-- the same chunk source loaded with different environments
local src = "count = (count or 0) + 1 return count"
local e1, e2 = {}, { count = 100 }
local f1 = load(src, "=s", "t", e1)
local f2 = load(src, "=s", "t", e2)
print(f1(), f1(), f2(), f1(), f2())
print(e1.count, e2.count)
-- an environment with a metatable
local logged = {}
local proxy = setmetatable({}, {
  __index = function(_, k) logged[#logged + 1] = "get " .. k return k == "print" and print or 0 end,
  __newindex = function(t, k, v) logged[#logged + 1] = "set " .. k rawset(t, k, v) end,
})
load("a = b + 1 print(a) a = a + 1 print(a)", "=p", "t", proxy)()
print(table.concat(logged, ", "))
-- _ENV inside the chunk is the table itself
local t = {}
print(rawequal(load("return _ENV", "=e", "t", t)(), t))
-- _G is not defined inside such an environment
print(load("return _G", "=e", "t", {})())
