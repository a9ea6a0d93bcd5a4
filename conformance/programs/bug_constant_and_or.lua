-- Found by the proptest differential (long run): Lua drops a constant that decides nothing
-- (`false or e`, `nil or e`, `true and e`, `1 and e`) and folds `not` of a constant, so the
-- operand keeps its name in error messages: (global 'G_bool') below.
local function one(x) return x end
print(false or one(1), nil or one(2), true and one(3), 1 and one(4), "s" and one(5))
print("x" and 3, 2.5 and nil, false and 1, nil and 2, true or 9, nil or false, false or nil)
print(not nil, not 1, not "a", not false, (not nil) and 5, (not 0) or 6)
local y = 7
print(-(nil or y), -(true and y), (false or y) + 1, (not nil and y) * 2)
G_bool = true
print(-(false or G_bool))
