-- generators built with coroutine.wrap and used in generic for loops
local function gen_range(a, b, step)
  return coroutine.wrap(function()
    for i = a, b, step or 1 do coroutine.yield(i) end
  end)
end
local out = {}
for i in gen_range(1, 10, 3) do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i in gen_range(5, 1, -2) do out[#out + 1] = i end
print(table.concat(out, " "))

-- generator yielding pairs (index, value) in a fixed order
local function enumerate(t)
  return coroutine.wrap(function()
    for i = 1, #t do coroutine.yield(i, t[i]) end
  end)
end
for i, v in enumerate({"x", "y", "z"}) do print(i, v) end

-- generator composition: map and filter
local function map(f, g) return coroutine.wrap(function() for v in g do coroutine.yield(f(v)) end end) end
local function filter(p, g) return coroutine.wrap(function() for v in g do if p(v) then coroutine.yield(v) end end end) end
local function take(n, g) return coroutine.wrap(function()
  if n <= 0 then return end
  for v in g do coroutine.yield(v); n = n - 1; if n == 0 then return end end
end) end
local function naturals() return coroutine.wrap(function() local i = 0; while true do i = i + 1; coroutine.yield(i) end end) end
out = {}
for v in take(8, filter(function(x) return x % 3 == 0 end, map(function(x) return x * x end, naturals()))) do
  out[#out + 1] = v
end
print(table.concat(out, " "))

-- a generator that returns a final value: the for loop stops at the nil, the value is lost
local g = coroutine.wrap(function() coroutine.yield(1); coroutine.yield(2); return nil end)
for v in g do print("g", v) end
print(pcall(g))

-- generator yielding false stops nothing: only nil ends a for loop
local bools = coroutine.wrap(function() coroutine.yield(false); coroutine.yield(true) end)
print(bools(), bools(), bools())

-- string characters generator
local function chars(s) return coroutine.wrap(function() for c in s:gmatch(".") do coroutine.yield(c, c:byte()) end end) end
for c, b in chars("Lua!") do io.write(c, "=", b, " ") end
print()

-- recursive generator: all subsets of {1..n} in binary order
local function subsets(n)
  return coroutine.wrap(function()
    local cur = {}
    local function rec(i)
      if i > n then coroutine.yield("{" .. table.concat(cur, ",") .. "}") return end
      rec(i + 1)
      cur[#cur + 1] = i
      rec(i + 1)
      cur[#cur] = nil
    end
    rec(1)
  end)
end
out = {}
for s in subsets(3) do out[#out + 1] = s end
print(#out, table.concat(out, " "))
