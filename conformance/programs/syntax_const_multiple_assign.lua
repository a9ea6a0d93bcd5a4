print("never")
local a <const>, b = 1, 2
b, a = 3, 4
