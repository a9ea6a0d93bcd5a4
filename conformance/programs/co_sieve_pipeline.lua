-- prime sieve as a pipeline of coroutine filters (one filter per prime)
local function gen(n)
  return coroutine.wrap(function()
    for i = 2, n do coroutine.yield(i) end
  end)
end
local function filter(p, g)
  return coroutine.wrap(function()
    for n in g do
      if n % p ~= 0 then coroutine.yield(n) end
    end
  end)
end
local primes = {}
local x = gen(300)
local filters = 0
while true do
  local p = x()
  if p == nil then break end
  primes[#primes + 1] = p
  x = filter(p, x)
  filters = filters + 1
end
print(#primes, filters)
print(table.concat(primes, " "))

-- the same pipeline with create/resume and explicit status checks
local function cgen(n)
  return coroutine.create(function() for i = 2, n do coroutine.yield(i) end end)
end
local function cfilter(p, src)
  return coroutine.create(function()
    while true do
      local ok, n = coroutine.resume(src)
      if not n then return end
      if n % p ~= 0 then coroutine.yield(n) end
    end
  end)
end
local src = cgen(60)
local stages = {}
local found = {}
while true do
  local ok, p = coroutine.resume(src)
  if not p then break end
  found[#found + 1] = p
  stages[#stages + 1] = src
  src = cfilter(p, src)
end
print(table.concat(found, ","))
local dead, susp = 0, 0
for _, s in ipairs(stages) do
  if coroutine.status(s) == "dead" then dead = dead + 1 else susp = susp + 1 end
end
print("stages", #stages, "dead", dead, "suspended", susp, "last", coroutine.status(src))
