-- traversal counting float and integer keys
local t = {}
t[1] = "a"; t[2] = "b"; t[1.5] = "c"; t[2.0] = "B"; t[-0.5] = "d"
local ints, floats = 0, 0
for k in pairs(t) do
  if math.type(k) == "integer" then ints = ints + 1 else floats = floats + 1 end
end
print(ints, floats, t[2])
local sum = 0
for k in pairs(t) do sum = sum + k end
print(sum)
for k, v in pairs({1.0, 2.0}) do print(math.type(k), math.type(v), k, v) end
local u = {}
u[3.0] = "x"
for k, v in pairs(u) do print(k, math.type(k), v) end
