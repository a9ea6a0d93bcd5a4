-- functions returning many values
local function range(n)
  if n == 0 then return end
  return n, range(n - 1)
end
print(range(5))
print(select("#", range(50)))
local t = {range(200)}
print(#t, t[1], t[200])
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(range(100)))
print(math.max(range(30)), math.min(range(30)))
local function firstlast(...)
  local n = select("#", ...)
  return (select(1, ...)), (select(n, ...))
end
print(firstlast(range(9)))
local a, b, c, d, e, f, g, h, i, j = range(10)
print(a, e, j)
local many = {table.unpack(t, 1, 190)}
print(#many, many[190])
