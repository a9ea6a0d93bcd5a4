-- missing parameters are nil, extra arguments are dropped
local function three(a, b, c) return a, b, c end
print(three())
print(three(1))
print(three(1, 2, 3, 4, 5))
local function count(a, b, ...) return select("#", ...) end
print(count(), count(1), count(1, 2), count(1, 2, 3), count(1, 2, nil, nil))
local function defaults(a, b)
  a = a or "default a"
  if b == nil then b = "default b" end
  return a, b
end
print(defaults())
print(defaults(false, false))
print(defaults("x"))
local function first(...) local a = ...; return a end
print(first(), first(1, 2))
local function second(_, b) return b end
print(second(1), second(1, 2), second(1, 2, 3))
