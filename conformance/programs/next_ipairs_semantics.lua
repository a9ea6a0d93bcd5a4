-- ipairs basics and returned triple
local t = {"x", "y", "z"}
local f, s, c = ipairs(t)
print(type(f), s == t, c)
print(f(t, 0))
print(f(t, 1))
print(f(t, 3))
for i, v in ipairs(t) do print(i, v) end
for i, v in ipairs({}) do print("never") end
local n = 0
for i in ipairs({1, 2, 3, nil, 5}) do n = n + 1 end
print(n)
local u = {[0] = "zero", "one", "two"}
for i, v in ipairs(u) do io.write(i, v, " ") end
print()
local grow = {1}
local iters = 0
for i, v in ipairs(grow) do
  iters = iters + 1
  if i < 5 then grow[i + 1] = v * 2 end
end
print(iters, table.concat(grow, ","))
local p, q, r = pairs(t)
print(p == next, q == t, r)
