-- Found by the proptest differential (long run): a closure created by a function's first
-- instruction saves the pc there, which a fresh frame's recorded position (the entry
-- point) looked like, so an integer division by zero reported the function's first line.
local function f(p)
  local g = function()
    return 1
  end
  local h = 7
  return -123456789 // p
end
for i = 1, 300 do f(i) end
print(f(3))
print(f(0))
