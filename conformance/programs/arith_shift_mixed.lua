-- Shifts, ~ and integer/float mixes in every operand shape the baseline inlines (counts
-- of 64 and more, negative counts, mininteger; int op float, float op int constant).
local function sh(a, b) return (a << b) .. " " .. (a >> b) .. " " .. (~a) .. " " .. (a << 3) .. " " .. (a >> 70) .. " " .. (a << -2) end
local function mx(a, b) return (a + b) .. " " .. (a - b) .. " " .. (a * b) .. " " .. (a / b) .. " " .. (a + 2) .. " " .. (a * 2) .. " " .. (2.5 * a) .. " " .. (a - 1.5) end
for k = 1, 13 do
  local a = math.tointeger(k * 7 - 40)
  for m = 1, 13 do
    local b = math.tointeger(m * 11 - 70)
    print(sh(a, b))
    print(sh(a * 1234567891, b // 2))
    print(mx(a, b + 0.5))
    print(mx(a + 0.25, b))
    print(mx(a, b))
  end
end
print(sh(2.0, 3.0))
print(sh(math.mininteger, 1), sh(math.maxinteger, 63), sh(-1, 64), sh(-1, -64), sh(-1, -63), sh(5, math.mininteger))
print(mx("3", 2))
