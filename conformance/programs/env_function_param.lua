-- a function with an _ENV parameter
local function run(_ENV)
  total = (total or 0) + value
  return total
end
local env1 = {value = 5}
local env2 = {value = 100}
print(run(env1), run(env1), run(env2))
print(env1.total, env2.total)
print(total)
local function show(_ENV) return a, b, c end
print(show({a = 1, b = 2, c = 3}))
print(show({}))
local function setter(_ENV, v) result = v end
local box = {}
setter(box, "stored")
print(box.result, result)
local function nested(_ENV)
  return function() count = (count or 0) + 1; return count end
end
local e = {}
local inc = nested(e)
inc(); inc()
print(e.count, inc())
