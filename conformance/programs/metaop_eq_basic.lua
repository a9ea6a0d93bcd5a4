-- __eq is called only for two distinct tables; same table short-circuits; ~= negates
local calls, quiet = 0, false
local mt = {__eq = function(a, b)
  calls = calls + 1
  if not quiet then print("eq called", a.id, b.id) end
  return a.v == b.v
end}
local a = setmetatable({id = "a", v = 1}, mt)
local b = setmetatable({id = "b", v = 1}, mt)
local c = setmetatable({id = "c", v = 2}, mt)
print(a == b, b == a)
print(a == c, a ~= c, a ~= b)
print("same", a == a, a ~= a, calls)
print(a == 1, 1 == a, a == "a", a == nil, a == true)
print("calls", calls)
print(not (a == c), not (a ~= b))
if a == b then print("if eq") end
if a ~= c then print("if ne") end
quiet = true
local n = 0
for i = 1, 20000 do if a == b then n = n + 1 end end
print("loop", n, calls)
print(rawequal(a, b), rawequal(a, a))
