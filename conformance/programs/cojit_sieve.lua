-- prime sieve as a dynamic chain of filter coroutines (up to 90 nested
-- resumes deep); each filter runs a hot loop
local function gen(n)
  return coroutine.wrap(function() for i = 2, n do coroutine.yield(i) end end)
end
local function filter(p, g)
  return coroutine.wrap(function()
    while true do
      local n = g()
      if n == nil then return nil end
      if n % p ~= 0 then coroutine.yield(n) end
    end
  end)
end
local x = gen(470)
local count, sum, line = 0, 0, {}
while true do
  local n = x()
  if n == nil then break end
  count = count + 1
  sum = sum + n
  line[#line + 1] = n
  if #line == 15 then print(table.concat(line, " ")) line = {} end
  x = filter(n, x)
end
print(table.concat(line, " "))
print("count", count, "sum", sum)
-- a flat sieve run in many small coroutines, compared against the chain
local function isprime(n) if n < 2 then return false end for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then return false end end return true end
local c2 = 0
local checker = coroutine.wrap(function()
  for n = 1, 470 do if isprime(n) then coroutine.yield(n) end end
end)
for p in checker do c2 = c2 + 1 end
print("flat", c2)
