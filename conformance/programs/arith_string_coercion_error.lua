-- failing string coercion
print("ok", "1" + 1)
local s = "abc"
print("s", s)
print(s + 1)
