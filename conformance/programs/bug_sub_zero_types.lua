-- `x - 0` (Lua's OP_ADDI x, -0): numbers are added to 0 (-0.0 becomes 0.0, integers stay),
-- strings are still subtracted ("-0.0" - 0 is -0.0), errors name the subtraction's operand;
-- hot in every tier, with the operand's type changing under compiled code.
local K <const> = 0
local function s0(x) return x - 0 end
local function sk(x) return x - K end
local function sp(x) return x - (0) end
local function sf(x) return x - 0.0 end
local function s1(x) return x - 1 end
local acc = ""
for i = 1, 2000 do
  local v
  if i % 4 == 0 then v = -0.0 elseif i % 4 == 1 then v = i elseif i % 4 == 2 then v = 0.5 * i else v = -(i * 0.0) end
  local r = s0(v)
  if i > 1990 then acc = acc .. tostring(r) .. "," .. tostring(sk(v)) .. "," .. tostring(sp(v)) .. "," .. tostring(sf(v)) .. " " end
end
print(acc)
print(s0("-0.0"), s0("-0"), s0("10"), s0(" 0x10 "), s0("1e2"), sk("-0.0"), sf("-0.0"))
print(s0(0/0), s0(-(0/0)), s0(1/0), s0(-1/0), s0(math.mininteger), s0(math.maxinteger))
print(s1(-0.0), s1(1), s1("-0.0"), -0.0 - 1 + 1)
print(math.type(s0(3)), math.type(s0(3.0)), math.type(s0("3")), math.type(s0("3.0")))
local t = nil
print(s0(t))
