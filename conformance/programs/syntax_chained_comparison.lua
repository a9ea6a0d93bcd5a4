print("never")
local a, b, c = 1, 2, 3
a < b < c
