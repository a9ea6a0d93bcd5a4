-- functions called exactly once whose loops run long enough to need OSR
local function sum_squares(n)
  local s = 0
  for i = 1, n do s = s + i * i end
  return s
end
local function collatz_max(limit)
  local best, besti = 0, 0
  for i = 1, limit do
    local x, steps = i, 0
    while x ~= 1 do
      if x % 2 == 0 then x = x // 2 else x = 3 * x + 1 end
      steps = steps + 1
    end
    if steps > best then best, besti = steps, i end
  end
  return besti .. " takes " .. best
end
local function primes(n)
  local count = 0
  for i = 2, n do
    local p = true
    local d = 2
    while d * d <= i do
      if i % d == 0 then p = false break end
      d = d + 1
    end
    if p then count = count + 1 end
  end
  return count
end
print("sum squares", sum_squares(50000))
print("collatz", collatz_max(3000))
print("primes", primes(8000))
