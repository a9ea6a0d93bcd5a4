-- Hot vararg functions: varying argument counts, values changing type (deopts), tail
-- calls passing packs on, and results forwarded through several frames.
local function count(...) return select('#', ...) end
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do
    local v = select(i, ...)
    s = s + v
  end
  return s
end
local function fwd(...) return sum(...) end
local function pass(...) return ... end
local total = 0
for i = 1, 3000 do
  total = total + fwd(i, i + 1, i + 2) + count(pass(i, nil, i))
  if i % 1000 == 0 then total = total + fwd(i + 0.5, 1) end
end
print(total)
local function pack2(...) local a, b = ... return b, a end
local acc = {}
for i = 1, 2000 do
  local x, y = pack2(i, i * 2, i * 3)
  acc[#acc + 1] = x - y
end
print(#acc, acc[1], acc[2000])
local function rec(n, ...)
  if n == 0 then return select('#', ...), ... end
  return rec(n - 1, n, ...)
end
for i = 1, 300 do rec(5) end
print(rec(10))
local function tails(n, ...)
  if n == 0 then return ... end
  return tails(n - 1, ...)
end
local s = 0
for i = 1, 2000 do s = s + tails(20, i, 1) end
print(s, tails(3))
local function mixed(a, ...)
  if a then return a, ... end
  return ...
end
local m = 0
for i = 1, 2500 do
  local p, q, r = mixed(i % 3 == 0 and i or nil, i, 'x')
  m = m + (p or 0) + (type(q) == 'number' and q or 0) + (r == 'x' and 1 or 0)
end
print(m)
