-- a hot loop whose accumulator turns from integer to float mid-loop
local function run(n, switch_at)
  local acc = 0
  for i = 1, n do
    if i == switch_at then acc = acc + 0.5 end
    acc = acc + i
  end
  return acc
end
print(run(5000, 2500), math.type(run(5000, 2500)))
print(run(5000, 0), math.type(run(5000, 0)))
print(run(5000, 4999))
local acc = 0
for i = 1, 8000 do
  acc = acc + i
  if i == 6000 then acc = acc / 2 end
  if i % 1000 == 0 then print(i, acc, math.type(acc)) end
end
local p = 1
for i = 1, 6000 do
  p = p * 3
  if i == 40 then print("p at 40", p) end
  if i == 41 then p = p + 0.0 end
end
print("p float", p)
local x = 0
for i = 1, 6000 do
  if i < 3000 then x = x + 1 elseif i < 4500 then x = x + 0.25 else x = x - 1 end
end
print("x", x, math.type(x))
local m = 1
for i = 1, 5000 do
  m = m + i
  if m > 1000000 then m = m // 3 end
  if i == 4000 then m = m * 1.0 end
end
print("m", m, math.type(m))
