-- coroutines suspended inside hot loops over records whose fields change
-- type, gain metatables, or disappear while the coroutines are suspended
local recs = {}
for i = 1, 400 do recs[i] = { x = i, y = i * 2, name = "r" .. i } end
local function score(r) return r.x * 3 + r.y end
local function scan(stride)
  local s, n = 0, 0
  for pass = 1, 6 do
    for i = 1, #recs do
      s = s + score(recs[i])
      n = n + 1
      if i % stride == 0 then coroutine.yield(pass, i, s) end
    end
  end
  return "done", n, s
end
local A = coroutine.wrap(scan)
local B = coroutine.wrap(scan)
print("A", A(200)); print("B", B(100))
for i = 1, #recs do recs[i].x = recs[i].x + 0.5 end
print("A", A()); print("B", B()); print("B", B())
local mt = { __index = function(t, k) return 7 end }
for i = 1, #recs, 2 do recs[i].y = nil; setmetatable(recs[i], mt) end
print("A", A()); print("B", B())
for i = 1, #recs do recs[i].x = tostring(recs[i].x) end
print("A", A()); print("B", B())
for i = 1, #recs do recs[i] = setmetatable({}, { __index = { x = i, y = 1 } }) end
local adone, bdone = false, false
for _ = 1, 20 do
  local a1, a2, a3, b1, b2, b3
  if not adone then a1, a2, a3 = A() adone = a1 == "done" end
  if not bdone then b1, b2, b3 = B() bdone = b1 == "done" end
  print("A", a1, a2, a3, "B", b1, b2, b3)
  if adone and bdone then break end
end
