-- a guard fails three calls deep inside hot functions; every frame must resume correctly
local function leaf(x) return x * 3 + 1 end
local function mid(x, tag) local r = leaf(x) return r + #tag end
local function top(x) local pre = x - 1 local r = mid(x, "ab") return pre + r end
local s = 0
for i = 1, 5000 do s = s + top(i) end
print("ints", s)
print("float leaf", top(1.5), top(-0.5))
print("string leaf", top("7"))
s = 0
for i = 1, 3000 do
  local v = i
  if i % 500 == 0 then v = i + 0.25 end
  s = s + top(v)
end
print("mixed", s)
local function deep(n, x)
  if n == 0 then return leaf(x) end
  return 1 + deep(n - 1, x)
end
local d = 0
for i = 1, 3000 do d = d + deep(10, i) end
print("deep int", d)
print("deep float", deep(50, 0.5), deep(200, 2^53))
print("deep nil next")
print(deep(30, nil))
