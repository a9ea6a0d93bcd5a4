-- a nil <const> is folded even inside nested functions: no "upvalue 'c'" in the message
local c <const> = nil
local function f() return c + 1 end
print("before")
f()
