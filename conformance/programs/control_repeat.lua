-- repeat-until, the condition sees the body's locals
local i = 0
repeat
  i = i + 1
until i >= 3
print("i", i)
local n = 0
repeat
  local done = n >= 4
  n = n + 1
until done
print("n", n)
local runs = 0
repeat runs = runs + 1 until true
print("runs", runs)
local x = 100
repeat
  local x = 1
  print("inner x", x)
until x == 1
print("outer x", x)
local k = 0
repeat
  k = k + 1
  if k == 5 then break end
until false
print("k", k)
local y = 0
repeat
  local z = y * 2
  y = y + 1
until z > 6
print("y", y)
