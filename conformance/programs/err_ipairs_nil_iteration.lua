-- ipairs(nil) only fails when the loop calls the iterator
local lists = {a = {1, 2}, b = nil}
for i, v in ipairs(lists.a) do print(i, v) end
local f, s, c = ipairs(lists.b)
print(type(f), s, c)
print("ipairs accepted nil")
local n = 0
for i, v in ipairs({}) do n = n + 1 end
print(n)
for i, v in ipairs(lists.b) do print(i, v) end
print("unreachable")
