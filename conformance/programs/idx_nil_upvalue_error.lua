-- indexing an upvalue that holds nil
local data = {count = 1}
local function get() return data.count end
print(get())
data = {count = 2}
print(get())
data.count = data.count + 40
print(get())
data = nil
print("cleared")
print(get())
print("unreachable")
