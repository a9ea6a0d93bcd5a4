-- pairs(nil) fails inside the generic for
local data = {x = 1}
local n = 0
for k, v in pairs(data) do n = n + v end
print(n)
local maybe = data.missing
print(maybe)
for k, v in pairs({}) do print("never") end
print("empty ok")
print("iterating nil")
for k, v in pairs(maybe) do print(k, v) end
print("unreachable")
