-- loop edges under OSR: loop variable modified, nan/huge/clamped bounds, near maxinteger/mininteger
-- loop variable modified in the body, closures, OSR boundaries
local s, last = 0, 0
for i = 1, 6000 do
  i = i * 2
  s = s + i
  last = i
end
print("modified", s, last)
local fs1, fs2
for i = 1, 6000 do
  local j = i
  if i == 10 then fs1 = function() j = j + 1 return i + j end end
  if i == 5999 then fs2 = function() i = i + 100 return i end end
end
print("closures", fs1(), fs1(), fs2(), fs2())
local c = 0
for i = math.maxinteger - 6000, math.maxinteger, 7 do c = c + 1 end
print("near max", c)
c = 0
for i = math.mininteger + 6000, math.mininteger, -7 do c = c + 1 end
print("near min", c)
c = 0
for i = 1, 0/0 do c = c + 1 end
for i = 1.0, 0/0 do c = c + 1 end
for i = 0/0, 10 do c = c + 1 end
print("nan bounds", c)
c = 0
for i = -3, 7000.5 do c = c + 1 end
print("float limit", c)
c = 0
for i = 1, math.huge do c = c + 1 if c == 7000 then break end end
print("huge limit", c)
c = 0
for i = 1, -math.huge do c = c + 1 end
for i = 1, math.mininteger + 0.0 do c = c + 1 end
for i = 0, 2^63, 2^62 do c = c + 1 end
print("neg huge", c)
c = 0
for i = math.maxinteger - 1, 1e100 do c = c + 1 end
print("clamped", c)
local x = 0.1
local n = 0
while x < 1000 do x = x + 0.1 n = n + 1 end
print("float while", n, x)
local acc = 0
for i = 6000, 1, -1 do
  if i % 2 == 0 then goto_skip = true else acc = acc + i end
end
print("acc", acc, goto_skip)
local k = 0
repeat
  local inner = k * 2
  k = k + 1
until inner >= 12000
print("repeat local scope", k)
