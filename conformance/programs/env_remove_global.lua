-- setting a global to nil removes it; it can come back
x = 5
local function get() return x end
print(get())
x = nil
print(get(), rawget(_G, "x"))
for i = 1, 2000 do x = i end
print(get())
x = nil
local n = 0
for k in pairs(_G) do if k == "x" then n = n + 1 end end
print(n)
