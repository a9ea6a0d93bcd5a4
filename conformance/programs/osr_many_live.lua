-- OSR entry while many locals (of mixed types) are live
local a, b, c, d, e = 1, 2.5, "three", true, nil
local f, g, h = -7, 1e10, "x"
local s = 0
for i = 1, 20000 do
  s = s + a + b + #c
  if d then s = s - 1 end
  if e then s = s + 1000 end
  f = f + 1
  if i % 4000 == 0 then h = h .. "y" end
end
print(a, b, c, d, e, f, g, h, s)
local acc = 0
local x1, x2, x3, x4, x5, x6, x7, x8 = 1, 2, 3, 4, 5, 6, 7, 8
local i = 0
repeat
  x1, x2, x3, x4, x5, x6, x7, x8 = x2, x3, x4, x5, x6, x7, x8, x1
  acc = acc + x1 * 2 - x8
  i = i + 1
until i == 9999
print(acc, x1, x2, x3, x4, x5, x6, x7, x8)
