-- lua5.4 compiles `x - 0` (an integer literal) as OP_ADDI x, -0, i.e. x + 0: for x = -0.0
-- the result is 0.0, while `x - 0.0` (a float literal) keeps -0.0 (fixed in session 5).
local z = -0.0
print(z - 0, z - 0.0, z + 0, -0.0 - 0, z - (0), z - -0)
local function sub0(x) return x - 0 end
local function subf(x) return x - 0.0 end
print(sub0(-0.0), subf(-0.0), sub0(0.0), sub0(-1.5), sub0(7), sub0("-0.0"))
local s = ""
for i = 1, 3000 do
  local v = sub0((i % 2 == 0) and -0.0 or 1.0 * i)
  if i > 2996 then s = s .. tostring(v) .. " " end
end
print(s)
