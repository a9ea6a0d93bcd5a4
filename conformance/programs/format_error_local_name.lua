-- the function name in 'bad argument' comes from how it was called
local fmt = string.format
print(fmt("%s", "ok"))
print(fmt("%5.1f", 2))
print(fmt("%d", 1 == nil))
