-- assigning with a NaN key; reading a NaN key is fine
local t = {}
local nan = 0 / 0
print(nan ~= nan)
print(t[nan])
t[1] = nan
print(t[1] ~= t[1])
local inf = math.huge
t[inf] = "inf"
t[-inf] = "-inf"
print(t[inf], t[-inf])
t[nan] = 1
print("unreachable")
