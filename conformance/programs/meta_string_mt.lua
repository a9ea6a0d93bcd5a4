-- the string metatable: methods via __index == string, and user extensions
print(("x"):rep(3), ("abc"):upper(), ("hello"):sub(2, 4), ("hey"):len())
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
local s = "Lua"
print(s:byte(1), s:byte(-1), s:rep(2, "-"), #s:rep(4))
function string.shout(str, n) return str:upper() .. string.rep("!", n or 1) end
print(("hi"):shout(), s:shout(3))
string.twice = function(str) return str .. str end
print(("ab"):twice():twice(), ("q"):twice():shout(2))
local name = "world"
print(("hello %s, %d"):format(name, 42))
print(("%5.2f|"):format(math.pi), ("x"):rep(0) == "")
-- numbers are not strings for method calls but string methods accept numbers
print(string.upper(12), string.len(12345), string.rep(7, 3))
local mt = getmetatable("")
print(type(mt), rawget(mt, "__index") == string, type(mt.__index.sub))
-- method on a string literal inside a hot loop
local acc = 0
for i = 1, 2000 do acc = acc + ("abcdef"):sub(i % 6 + 1, i % 6 + 1):byte() end
print(acc)
