-- concatenating a table value
local parts = {"a", "b", "c"}
print(parts[1] .. parts[2])
print(table.concat(parts))
local joined = parts[1]
for i = 2, #parts do joined = joined .. "," .. parts[i] end
print(joined)
local nested = {parts}
print(#nested)
print("concatenating")
print("parts: " .. parts)
print("unreachable")
