-- tail calls of values with __call: closures, builtins, chains, and values that cannot be called
local obj = setmetatable({}, {__call = function(self, a, b) return a + b, select('#', a, b) end})
local printer = setmetatable({"one", "two", x = "ex"}, {__call = rawget})
local bad = setmetatable({}, {__call = select})
local chain = setmetatable({}, {__call = obj})
local function t1(a, b) return obj(a, b) end
local function t2(...) return printer(...) end
local function t3(x) return chain(x, 1) end
local function t4(v) return v(1) end
local function t5(...) return obj(...) end
for i = 1, 300 do
  local a, n = t1(i, 1)
  assert(a == i + 1 and n == 2)
  assert(t2(2) == "two" and t2("x") == "ex")
  assert(select('#', t2(1)) == 1)
  local ok, e = pcall(t3, i)
  assert(not ok and type(e) == "string", e)
  ok, e = pcall(t4, i % 2 == 0 and 5 or nil)
  assert(not ok)
  assert(t5(i, 2) == i + 2)
end
print(t1(3, 4))
print(t2(1), t2("x"), t2(3))
local function t6() return bad(1) end
print(pcall(t6))
print(pcall(t3, 7))
print(pcall(t4, 5))
print(pcall(t4, {}))
print(pcall(t5, 1))
local depth = 0
local rec
rec = setmetatable({}, {__call = function(self, n)
  if n == 0 then return "bottom" end
  return rec(n - 1)
end})
local function go(n) return rec(n) end
print(go(100000))
