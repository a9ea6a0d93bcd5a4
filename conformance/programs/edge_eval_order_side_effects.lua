local function p(x, v) io.write(x, " ") return v end
local a, b, c = p("f", 1), p("g", 2), p("h", 3)
print(a, b, c)
x, y = p("X", 10), p("Y", 20)
print(x, y)
x, y = y, x
print(x, y)
local l1, l2 = 1, 2
l1, l2 = l2, l1
print(l1, l2)
l1, l1 = p("first", 1), p("second", 2)
print(l1)
gx, gx = 1, 2
print(gx)
local u, v, w = 1
print(u, v, w)
local q1, q2 = 1, 2, p("extra", 3)
print(q1, q2)
if p("c1", false) then print("no") elseif p("c2", nil) then print("no") elseif p("c3", 0) then print("yes 0 truthy") else print("no") end
print(p("a", nil) or p("b", false) or p("c", "C"))
print(p("a", 1) and p("b", false) and p("c", 3))
print(p("a", false) or p("b", nil))
print(p("a", 1) and p("b", 2) or p("c", 3))
print(nil and nil or "d", false or nil, nil or false, 0 and "zero", "" and "empty")
print(not nil, not 0, not not "", not (1 == 1.0))
local i = 0
while (function() i = i + 1 return i end)() < 5 and p("w", true) do end
print(i)
local k = 0
repeat
  local kk = k * 2
  k = k + 1
  local function chk() return kk >= 6 end
until chk() or p("u", false)
print(k)
for o = 1, 3 do
  for m = 1, 3 do
    if m == 2 then break end
    for n = 1, 3 do
      if n > o then break end
      io.write(o, m, n, ";")
    end
  end
  if o == 2 then
    while true do
      do break end
    end
  end
end
print()
local z = 1
z, z = p("A", z + 1), p("B", z + 10)
print(z)
local r1 = p("L", 1) + p("R", 2) * p("S", 3)
print(r1)
local r2 = p("L", "a") .. p("M", "b") .. p("R", "c")
print(r2)
print(p("cmp1", 1) < p("cmp2", 2), p("cmp3", 5) >= p("cmp4", 6))
print(p("pow1", 2) ^ p("pow2", 3) ^ p("pow3", 2))
