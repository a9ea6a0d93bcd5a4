local q = 1
local function f() q = nil return 0 end
print(q + f())
