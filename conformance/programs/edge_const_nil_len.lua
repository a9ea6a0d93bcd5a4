-- length of a folded nil constant: no variable name
local c <const> = nil
print(c == nil)
local x = #c
