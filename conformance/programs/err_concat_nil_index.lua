-- concatenating a nil element found with a variable index
local names = {"ann", "bob", "cid"}
local line = ""
for i = 1, 3 do line = line .. names[i] .. ";" end
print(line)
local i = 4
print(names[i])
print(#names)
names[4] = "dee"
print(names[i] .. "!")
names[4] = nil
print("again")
print(names[i] .. "!")
print("unreachable")
