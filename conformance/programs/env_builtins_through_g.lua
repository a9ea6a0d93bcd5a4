-- builtins reached through _G and _ENV
print(_G.type(1), _ENV.type("s"))
print(_G["tostring"](12), _G.tonumber("0x10"))
print(_G.math.max(3, 7), _ENV.math.floor(2.5))
print(_G.string.rep("ab", 3), _G.string.len("four"))
print(_G.table.concat({1, 2, 3}, "+"))
print(_G.select("#", 1, 2), _G.next({}) == nil)
local saved = print
_G.print = function(...) saved("[wrapped]", ...) end
print("hello")
print(1, 2)
_G.print = saved
print("restored")
local mt = math.type
_G.math.type = nil
print(math.type)
math.type = mt
print(math.type(1))
