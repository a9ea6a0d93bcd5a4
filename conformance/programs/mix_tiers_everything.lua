-- hot recursion, closures, OSR loops, type changes and a final error inside a compiled closure
local function make_poly(c0, c1, c2)
  return function(x) return c0 + x * (c1 + x * c2) end
end
local p1, p2, p3 = make_poly(1, 2, 3), make_poly(0.5, -1, 0), make_poly(-3, 0, 1)
local function sum_to(f, n)
  local s = 0
  for i = 1, n do s = s + f(i) end
  return s
end
print("poly sums", sum_to(p1, 3000), sum_to(p2, 3000), sum_to(p3, 3000))
local function tree(depth, f)
  if depth == 0 then return f(depth) end
  return tree(depth - 1, f) + tree(depth - 1, f) + depth
end
print("tree", tree(12, p1), tree(10, p2))
local mode = 1
local function step(x)
  if mode == 1 then return x + 1 elseif mode == 2 then return x + 0.5 else return x .. "" end
end
local v = 0
for i = 1, 9000 do
  if i == 3000 then mode = 2 end
  if i == 6000 then mode = 1 v = math.floor(v) end
  v = step(v)
end
print("v", v, math.type(v))
mode = 3
print("string step", step(5), type(step(5)))
local fmt = string.format
local lines = 0
for i = 1, 3000 do
  local s = fmt("%05d|%-5s|%5.1f", i, tostring(i % 3 == 0), i / 8)
  lines = lines + #s
  if i % 1000 == 0 then print(s) end
end
print("lines", lines)
local broken = make_poly(1, nil, 2)
print("broken next")
print(sum_to(broken, 10))
