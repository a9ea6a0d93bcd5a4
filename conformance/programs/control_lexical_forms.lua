-- a valid program exercising lexical corners
local a=1;local b=2;;;print(a+b);
do local a = 10; print(a) end print(a)
local _under_score, CamelCase, x1y2 = 1, 2, 3
print(_under_score, CamelCase, x1y2)
print(1--[[inline comment]]+--[==[another]==]2)
local s = 'single' .. "double" .. [[long]] .. [==[level2]==]
print(s)
print(#[[
]], #[[

]])
print(0xA, 0Xa, 0x.1, 0x1P4, 1e2, 1E-2, .5)
local longname_with_digits_123 = "ok"
print(longname_with_digits_123)
print(("x"):rep(2), ('y'):rep(2))
local f = function(x) return x end print(f"str", f[[long]])
print(type(nil)==type(nil))
print(1 --[[comment between]] + 1)
goto_is_a_name = 5
print(goto_is_a_name)
