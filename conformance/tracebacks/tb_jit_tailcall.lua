-- a hot function that tail-calls, erroring on the last of 10000 calls
local function leaf(i, n)
  if i == n then error("leaf failed at " .. i) end
  return i
end
local function mid(i, n) return leaf(i, n) end
local function loop(n)
  local s = 0
  for i = 1, n do s = s + mid(i, n) end
  return s
end
print(pcall(loop, 10000))
local total = loop(10000)
print(total)
