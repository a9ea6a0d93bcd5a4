-- arithmetic on a missing global names it
local function f() return missing_value * 2 end
print("before")
print(f())
