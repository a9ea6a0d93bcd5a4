-- arithmetic on a missing global reports the global name
count = 1
print(count + 1)
_G.count = _G.count + 1
print(count)
local total = count * 10
print(total)
print(_G.countt)
print(_G["count"] + 1)
local r = countt + 1
print("unreachable", r)
