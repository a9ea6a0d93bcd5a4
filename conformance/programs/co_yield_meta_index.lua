-- yields inside __index and __newindex called from Lua code
local store = {}
local proxy = setmetatable({}, {
  __index = function(t, k)
    local v = coroutine.yield("get", k)
    return v
  end,
  __newindex = function(t, k, v)
    local ack = coroutine.yield("set", k, v)
    store[k] = v .. ":" .. ack
  end,
})
local co = coroutine.create(function()
  local a = proxy.alpha
  print("  a =", a)
  proxy.beta = "B"
  print("  store.beta =", store.beta)
  local sum = proxy[1] + proxy[2]
  print("  sum =", sum)
  proxy[3] = proxy.gamma
  return "done", store[3]
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "A"))
print(coroutine.resume(co, "ok"))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 32))
print(coroutine.resume(co, "G"))
print(coroutine.resume(co, "ack3"))
print(coroutine.status(co))

-- __index chain: table -> table with function __index that yields
local base = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) end})
local derived = setmetatable({}, {__index = base})
local w = coroutine.wrap(function()
  local x = derived.foo
  local y = derived["bar"]
  return x, y
end)
print(w())
print(w("FOO"))
print(w("BAR"))

-- method call through __index that yields
local obj = setmetatable({n = 5}, {__index = function(t, k)
  coroutine.yield("lookup " .. k)
  return function(self, d) return self.n + d end
end})
w = coroutine.wrap(function() return obj:add(3) end)
print(w())
print(w())

-- __index yielding inside an upvalue access and string key concatenation
local counter = 0
local lazy = setmetatable({}, {__index = function(t, k)
  counter = counter + 1
  local v = coroutine.yield(counter)
  rawset(t, k, v)
  return v
end})
w = coroutine.wrap(function()
  local s = ""
  for _, k in ipairs({"x", "y", "x", "z", "y"}) do s = s .. lazy[k] end
  return s
end)
local r = w()
while type(r) == "number" do print("  request", r); r = w("v" .. r) end
print("result", r, counter)
