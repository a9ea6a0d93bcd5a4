-- the division by zero (line 6) is reported at line 7: the print call of the
-- previous iteration was the last instruction that saved the pc
local function f(d)
  local r = 0
  for i = 3, 0, -1 do
    r = r + 10 // (i - d)
    print(i, r)
  end
end
f(0)
