-- Nested loops calling tiny functions at every level: three loop levels, small integer helpers.
local function mix(a, b) return (a * 31 + b) % 1009 end
local function inc(x) return x + 1 end
local function pick(x, y) if x < y then return x end return y end
local function inner(i, j, n)
  local s = 0
  for k = 1, n do
    s = s + mix(i + k, j)
  end
  return s
end
local function middle(i, n)
  local s = 0
  for j = 1, n do
    s = s + pick(inner(i, j, n), 400 * n) + inc(j)
  end
  return s
end
local function outer(n)
  local total = 0
  for i = 1, n do
    total = (total + middle(i, n)) % 1000000007
  end
  return total
end
print(outer(400))
