-- comparison metamethods (__eq __lt __le) inside hot loops with changing outcomes
local V = {}
V.__eq = function(a, b) return a.v == b.v end
V.__lt = function(a, b) return a.v < b.v end
V.__le = function(a, b) return a.v <= b.v end
local objs = {}
for i = 1, 10 do objs[i] = setmetatable({v = i % 4}, V) end
local eq, lt, le, gt, ge, ne = 0, 0, 0, 0, 0, 0
for i = 1, 30000 do
  local a = objs[i % 10 + 1]
  local b = objs[(i * 3) % 10 + 1]
  if a == b then eq = eq + 1 end
  if a ~= b then ne = ne + 1 end
  if a < b then lt = lt + 1 end
  if a <= b then le = le + 1 end
  if a > b then gt = gt + 1 end
  if a >= b then ge = ge + 1 end
end
print(eq, ne, lt, le, gt, ge)
local x = objs[1]
local acc = 0
for i = 1, 25000 do
  local r = (x < objs[i % 10 + 1])
  if r == true then acc = acc + 1 end
end
print(acc)
