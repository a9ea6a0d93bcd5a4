-- many locals are live across a guard that fails; all must survive the deopt
local function work(x, y)
  local a = x + 1
  local b = a * 2
  local c = b - y
  local d = "s" .. a
  local e = c // 3
  local f = x * 0.5
  local g = (a > b)
  local h = a + y      -- speculated integer, fails when y is a float
  local i = h * 2 + e
  local j = #d + i
  return a .. "," .. b .. "," .. c .. "," .. d .. "," .. e .. "," .. f .. "," .. tostring(g) .. "," .. h .. "," .. i .. "," .. j
end
local last
for k = 1, 4000 do last = work(k, k % 7) end
print(last)
print(work(10, 0.5))
print(work(10.5, 2))
print(work(-3, "4"))
local s = 0
for k = 1, 3000 do
  local r = work(k, (k % 2 == 0) and 1 or 1.5)
  s = s + #r
end
print("total len", s)
print(work(1, 2))
