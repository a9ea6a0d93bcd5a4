-- order-independent results of pairs over string-keyed tables
local t = {apple = 3, banana = 5, cherry = 7, date = 11}
local sum, count, longest = 0, 0, ""
for k, v in pairs(t) do
  sum = sum + v
  count = count + 1
  if string.len(k) > string.len(longest) or (string.len(k) == string.len(longest) and k > longest) then longest = k end
end
print(sum, count, longest)
local inverted = {}
for k, v in pairs(t) do inverted[v] = k end
for i = 1, 11 do if inverted[i] then print(i, inverted[i]) end end
local prod = 1
for _, v in pairs(t) do prod = prod * v end
print(prod)
local copy = {}
for k, v in pairs(t) do copy[k] = v * 2 end
print(copy.apple, copy.banana, copy.cherry, copy.date)
