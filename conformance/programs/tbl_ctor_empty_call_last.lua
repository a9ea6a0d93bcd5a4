local function f() end
local function g() return 5 end
local t = {1, 2, f()}
print(#t, t[1], t[2], t[3])
local u = {1, 2, g()}
print(#u, u[1], u[2], u[3])
