-- recursion building results from multiple returns
local function split(n)
  if n < 10 then return n end
  return split(n // 10), n % 10
end
print(split(7))
print(split(1234))
print(select("#", split(98765)))
local function evens(lo, hi)
  if lo > hi then return end
  if lo % 2 == 0 then return lo, evens(lo + 1, hi) end
  return evens(lo + 1, hi)
end
print(evens(1, 10))
print(select("#", evens(1, 1)))
local t = {evens(1, 40)}
print(#t, t[#t])
local function minmax(a, ...)
  if select("#", ...) == 0 then return a, a end
  local lo, hi = minmax(...)
  return math.min(a, lo), math.max(a, hi)
end
print(minmax(5, 3, 9, -2, 7))
print(minmax(4))
