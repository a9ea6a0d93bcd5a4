-- loop variables/accumulators change type after OSR has happened
local acc = 0
for i = 1, 10000 do
  if i == 7000 then acc = acc + 0.5 end
  acc = acc + 1
end
print("acc", acc, math.type(acc))
local v = 1
local log = ""
for i = 1, 9000 do
  if i == 3000 then v = "x" end
  if i == 6000 then v = 2.5 end
  if i % 1500 == 0 then log = log .. tostring(v) .. " " end
end
print("v", log)
local s = 0
local i = 0
while i < 12000 do
  i = i + 1
  if i == 8000 then s = tostring(s) end
  s = s + 1
end
print("s", s, math.type(s))
local x = 0
repeat
  x = x + 1
  if x == 5000 then x = x + 0.0 end
until x >= 9000
print("x", x, math.type(x))
local big = math.maxinteger - 5000
for k = 1, 10000 do big = big + 1 end
print("wrapped", big)
