-- a loop runs long enough for OSR, then raises an error in compiled code
local s = 0
local vals = 0
for i = 1, 20000 do
  s = s + i
  if i == 15000 then vals = nil end
  if i % 5000 == 0 then print("at", i, s) end
  if i > 15000 then s = s + vals end
end
print("unreachable")
