-- deep non-tail recursion (well under the stack limit)
local function depth(n)
  if n == 0 then return 0 end
  return 1 + depth(n - 1)
end
print("depth 10000", depth(10000))
print("depth 30000", depth(30000))
local function sum(n)
  if n == 0 then return 0 end
  local rest = sum(n - 1)
  return n + rest
end
print("sum 20000", sum(20000))
local function build(n)
  if n == 0 then return "" end
  return build(n - 1) .. (n % 10)
end
print("build len", #build(5000))
