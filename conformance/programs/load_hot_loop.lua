-- loaded code running hot loops (compiled by a JIT)
local f = load([[
  local n = ...
  local s = 0
  for i = 1, n do
    if i % 3 == 0 then s = s + i else s = s - 1 end
  end
  return s
]], "=hot")
print(f(100000))
print(f(10))
-- a loop inside a function defined by the chunk, with globals from its env
local env = { k = 3 }
local g = load([[
  function run(n)
    local acc = 0
    for i = 1, n do acc = acc + k * i % 11 + k end
    return acc
  end
  return run
]], "=hotenv", "t", env)()
print(g(100000))
env.k = 5
print(g(100000))
-- a while loop with float arithmetic
local h = load([[
  local x, i = 0.0, 0
  while i < 100000 do x = x + 0.5 i = i + 1 end
  return x, i
]])
print(h())
-- a table-building loop
local t = load("local t = {} for i = 1, 100000 do t[i] = i * 2 end return t")()
print(#t, t[1], t[100000])
