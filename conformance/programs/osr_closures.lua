-- loops creating closures that capture the loop variable (fresh per iteration)
local keep1, keep2, keep3
for i = 1, 10000 do
  local f = function() return i end
  if i == 1 then keep1 = f end
  if i == 5000 then keep2 = f end
  if i == 10000 then keep3 = f end
end
print("captured", keep1(), keep2(), keep3())
local inc_a, get_a
local j = 0
while j < 8000 do
  j = j + 1
  local c = j
  if j == 6000 then
    inc_a = function() c = c + 1 end
    get_a = function() return c end
  end
end
inc_a() inc_a()
print("shared", get_a())
local sum = 0
for i = 1, 6000 do
  local g = function(x) return x + i end
  sum = sum + g(1)
end
print("sum", sum)
local counter = 0
local bump = function() counter = counter + 1 end
for i = 1, 15000 do bump() end
print("counter", counter)
local chain = function() return 0 end
for i = 1, 200 do
  local prev = chain
  chain = function() return prev() + i end
end
print("chain", chain())
