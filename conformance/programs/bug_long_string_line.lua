-- Found by the proptest differential (long run): a token's line is where it ends (Lua's
-- linenumber after reading it), so an operation whose last operand is a long string
-- spanning lines reports the string's last line.
local s = "a" .. [[long
string]]
print(s, #[[x
y
z]])
local n = nil
print(s >= [[long
string]])
print(n < [[long
string]])
