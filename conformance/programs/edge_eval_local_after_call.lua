-- a local operand of a binary operator is read from its register after the right
-- operand (containing a call) is evaluated
local q = 1
local function f() q = 10 return 0 end
print(q + f())
