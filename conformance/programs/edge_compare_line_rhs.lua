-- a comparison has no fixed line: it gets the line of the last token of its right operand
local a, b = 1, nil
print("compare")
local x = a
  <
  b
