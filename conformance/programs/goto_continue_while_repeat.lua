-- continue-style goto in while and repeat loops
local i = 0
local out = {}
while i < 10 do
  i = i + 1
  if i % 3 == 0 then goto continue end
  out[#out + 1] = i
  ::continue::
end
print(table.concat(out, " "))
local j = 0
local evens = {}
repeat
  j = j + 1
  if j % 2 == 1 then goto cont end
  evens[#evens + 1] = j
  ::cont::
until j >= 10
print(table.concat(evens, " "))
local k = 0
local count = 0
while true do
  k = k + 1
  if k > 20 then break end
  if k % 4 ~= 0 then goto again end
  count = count + 1
  ::again::
end
print(count, k)
