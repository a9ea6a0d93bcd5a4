-- Found by the proptest differential (long run): Lua compares with a literal constant by
-- OP_EQK/OP_EQI, which do not save the pc (two registers: OP_EQ, which does), so the
-- integer division by zero below reports the call's line (9), not a comparison's.
local function id(x) return x end
local function f(z)
  local u = 1
  local w = 0
  repeat
    u = id(nil)
    w = w + 1
  until w >= 6 or u == nil
  local e = (u == nil) or (nil == u) or (u ~= true) or (u == "a") or (u == 1.5) or (u == 2)
  if u ~= false and 3 == u then print("no") end
  return 10 // z
end
print(f(2))
print(f(0))
