-- when both operands of * are NaNs of different sign, lua5.4 (x86-64, gcc) keeps the
-- first operand's NaN (mulsd), while for + it keeps the second: every strata tier must too
local nan = 0/0
local pnan = -(0/0)
print("add", nan + pnan, pnan + nan)
print("mul", nan * pnan, pnan * nan)
local function mul(a, b) return a * b end
local s = 0
for i = 1, 3000 do s = s + mul(i, 0.5) end
print("hot mul", s, mul(nan, pnan), mul(pnan, nan))
