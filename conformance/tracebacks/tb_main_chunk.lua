-- an error directly in the main chunk
local t = {1, 2, 3}
local n = 0
for i = 1, #t do n = n + t[i] end
print(n)
error("main chunk error: n=" .. n)
