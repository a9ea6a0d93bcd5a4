-- generator-style iterators built from closures
local function take(n, gen)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return gen() end
  end
end
local function naturals()
  local n = 0
  return function() n = n + 1; return n end
end
local function filter(pred, gen)
  return function()
    while true do
      local v = gen()
      if v == nil then return nil end
      if pred(v) then return v end
    end
  end
end
local out = {}
for v in take(5, naturals()) do out[#out + 1] = v end
print(table.concat(out, " "))
out = {}
for v in take(6, filter(function(x) return x % 3 == 0 end, naturals())) do out[#out + 1] = v end
print(table.concat(out, " "))
local function primes()
  local found = {}
  return filter(function(x)
    if x < 2 then return false end
    for _, p in ipairs(found) do if x % p == 0 then return false end end
    found[#found + 1] = x
    return true
  end, naturals())
end
out = {}
for p in take(15, primes()) do out[#out + 1] = p end
print(table.concat(out, " "))
