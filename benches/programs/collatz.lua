-- Longest Collatz chain for a start below N: a tight integer loop with //, % and a branch.
local function chain(n)
  local steps = 1
  while n ~= 1 do
    if n % 2 == 0 then
      n = n // 2
    else
      n = 3 * n + 1
    end
    steps = steps + 1
  end
  return steps
end
local function longest(limit)
  local best, best_len = 1, 1
  for start = 1, limit - 1 do
    local len = chain(start)
    if len > best_len then
      best, best_len = start, len
    end
  end
  print(best, best_len)
end
longest(500000)
