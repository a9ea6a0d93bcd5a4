-- each loop iteration gets a fresh local
local f1, f2, f3
for i = 1, 3 do
  local fn = function() return i end
  if i == 1 then f1 = fn elseif i == 2 then f2 = fn else f3 = fn end
end
print("for", f1(), f2(), f3())
local g1, g2, g3
local j = 0
while j < 3 do
  j = j + 1
  local k = j * 10
  local fn = function() k = k + 1 return k end
  if j == 1 then g1 = fn elseif j == 2 then g2 = fn else g3 = fn end
end
print("while", g1(), g2(), g3(), g1())
local h1, h2
local n = 0
repeat
  n = n + 1
  local m = n
  if n == 1 then h1 = function() return m end else h2 = function() return m end end
until n == 2
print("repeat", h1(), h2())
local s1, s2
for i = 1, 2 do
  local count = 0
  local fn = function() count = count + i return count end
  if i == 1 then s1 = fn else s2 = fn end
end
print("independent", s1(), s1(), s2(), s2())
local shared_outer = 0
local a1, a2
for i = 1, 2 do
  local fn = function() shared_outer = shared_outer + 1 return shared_outer end
  if i == 1 then a1 = fn else a2 = fn end
end
print("shared outer", a1(), a2(), a1())
