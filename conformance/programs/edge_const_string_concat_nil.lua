local k <const> = "x"
local function f() return k .. nil end
f()
