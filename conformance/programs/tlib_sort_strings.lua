-- table.sort on strings (byte order)
local t = {"pear", "apple", "fig", "banana", "cherry", "Apple", "apple2", ""}
table.sort(t)
print(table.concat(t, ","))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, ","))
table.sort(t, function(a, b)
  if string.len(a) ~= string.len(b) then return string.len(a) < string.len(b) end
  return a < b
end)
print(table.concat(t, ","))
local nums = {"10", "9", "100", "1"}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(nums, " "))
local caseless = {"b", "A", "c", "B", "a"}
table.sort(caseless, function(x, y)
  local lx, ly = string.lower(x), string.lower(y)
  if lx ~= ly then return lx < ly end
  return x < y
end)
print(table.concat(caseless, ""))
