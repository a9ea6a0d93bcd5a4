-- assigning a field on a string value
local rec = {name = "box", size = 3}
print(rec.name, rec.size)
rec.name = rec.name .. "!"
print(rec.name)
local s = rec.name
print(type(s), string.len(s))
local tags = {s}
print(tags[1])
print("assigning into a string")
s.extra = 1
print("unreachable")
