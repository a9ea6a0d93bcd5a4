-- grow and shrink a table many times
local t = {}
for round = 1, 5 do
  for i = 1, round * 100 do t[i] = round end
  local s = 0
  for i = 1, #t do s = s + t[i] end
  print(round, #t, s)
  for i = #t, 1, -1 do t[i] = nil end
  print("after clear", #t, next(t))
end
for i = 1, 50 do t[i] = i end
for i = 1, 50, 2 do t[i] = nil end
local c = 0
for k, v in pairs(t) do c = c + 1 end
print("remaining", c)
for i = 2, 50, 2 do t[i] = nil end
print(next(t))
t.a = 1
t.a = nil
print(next(t))
local u = {}
for i = 1, 20 do u[i] = i end
for i = 1, 20 do u[i] = nil end
for i = 1, 5 do u[i] = -i end
print(#u, u[1], u[5])
