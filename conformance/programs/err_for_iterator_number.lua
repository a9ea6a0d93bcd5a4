-- the generic for calls something that is not a function
local t = {1, 2, 3}
for i, v in ipairs(t) do io.write(v, " ") end
print()
local function iter() return nil end
for x in iter do print("never") end
print("iter ok")
local n = #t
print(n)
print("iterating over a number")
for x in n do print(x) end
print("unreachable")
