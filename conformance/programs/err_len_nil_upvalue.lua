-- length of a nil upvalue
local buffer = {"x"}
local function count() return #buffer end
print(count())
buffer[2] = "y"
print(count())
buffer = {}
print(count())
buffer = nil
print("cleared")
print(count())
print("unreachable")
