-- loops left with break after OSR
local found
for i = 1, 100000 do
  if i * i > 50000000 then found = i break end
end
print("found", found)
local n = 0
while true do
  n = n + 1
  if n >= 20000 then break end
end
print("n", n)
local r = 0
repeat
  r = r + 7
  if r % 9999 == 0 then break end
until false
print("r", r)
local pairs_found = 0
for a = 1, 200 do
  for b = 1, 200 do
    if a * b == 3600 then pairs_found = pairs_found + 1 break end
  end
  if pairs_found >= 10 then break end
end
print("pairs", pairs_found)
local function first_multiple(k, limit)
  for i = 1, limit do
    if i % k == 0 and i > 5000 then return i end
  end
  return -1
end
print("first", first_multiple(97, 100000), first_multiple(100001, 6000))
