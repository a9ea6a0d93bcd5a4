-- failing string coercion, number on the left
print("ok", 2 * "3")
local n = 2
print(n * "x1")
