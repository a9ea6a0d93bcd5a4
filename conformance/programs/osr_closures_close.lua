-- OSR with closures capturing per-iteration locals, repeat-until scope, break out of capturing blocks
local i = 0
local f1, f2, f3
repeat
  local x = i
  local g = function() x = x + 1 return x end
  if i == 100 then f1 = g end
  if i == 4000 then f2 = g end
  i = i + 1
until x >= 6000 and g() > 0
print("repeat", f1(), f1(), f2(), i)
local fs_a, fs_b
for k = 1, 7000 do
  local y = k * 2
  local h = function(d) y = y + d return y end
  if k == 7 then fs_a = h end
  if k == 6999 then fs_b = h end
  if k > 6999 then break end
end
print("for", fs_a(1), fs_a(1), fs_b(1))
local keep
local n = 0
while true do
  n = n + 1
  local z = n
  if n == 5000 then
    keep = function() return z end
    break
  end
end
print("while break", keep(), n)
local last
for a = 1, 80 do
  for b = 1, 80 do
    local p = a * b
    if p == 3000 then last = function() return p + a + b end break end
  end
  if last then break end
end
print("nested break", last())
local shared = 0
local adders = ""
for j = 1, 6000 do
  local function add() shared = shared + j end
  add()
  if j % 2000 == 0 then adders = adders .. shared .. " " end
end
print("shared", shared, adders)
