-- pairs over a proper sequence visits 1..n in order
local t = {"a", "b", "c", "d", "e"}
for k, v in pairs(t) do io.write(k, "=", v, " ") end
print()
local u = {}
for i = 1, 12 do u[i] = i * 3 end
for k, v in pairs(u) do io.write(k, ":", v, " ") end
print()
local k, v = next(t)
print(k, v)
k, v = next(t, k)
print(k, v)
k, v = next(t, 4)
print(k, v)
print(next(t, 5))
print(next({}))
print(next({}, nil))
local w = {10, 20, 30}
local key = nil
repeat
  key = next(w, key)
  io.write(tostring(key), " ")
until key == nil
print()
print(type(next), next(w) ~= nil)
