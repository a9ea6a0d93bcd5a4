-- call targets: closures of one prototype with different upvalues, reassigned local functions, inlined callees
local function make(k) return function(x) return x + k end end
local A, B = make(1), make(100)
local function caller(fn, x) return fn(x) end
local s = 0
for i = 1, 5000 do s = s + caller(A, i) end
print("A", s)
print("B", caller(B, 1), caller(A, 1), caller(make(0.5), 1))
s = 0
for i = 1, 5000 do s = s + caller((i % 2 == 0) and A or B, i) end
print("AB", s)
local function sq(x) return x * x end
local function use(x) return sq(x) + 1 end
s = 0
for i = 1, 5000 do s = s + use(i) end
print("sq", s)
sq = function(x) return -x end
print("sq reassigned", use(5), use(2.5))
local cnt = 0
local function tick() cnt = cnt + 1 return cnt end
local function twotick() return tick() + tick() end
for i = 1, 5000 do twotick() end
print("cnt", cnt)
tick = function() cnt = cnt - 1 return 0.5 end
print("tick reassigned", twotick(), cnt)
local function addk(x)
  local k = 10
  local function inner(y) return y + k end
  k = k + 1
  return inner(x)
end
s = 0
for i = 1, 5000 do s = s + addk(i) end
print("addk", s, addk(0.5))
local function bad(x) return x + nil_global_value end
local function wrap(x) return bad(x) * 2 end
s = 0
nil_global_value = 1
for i = 1, 5000 do s = s + wrap(i) end
print("wrap", s)
nil_global_value = nil
print(wrap(1))
