-- yields inside __call and __close metamethods
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  local r = coroutine.yield("call", self.name, a, b)
  return r, a + b
end})
local co = coroutine.create(function()
  local x, y = callable(1, 2)
  print("  call results", x, y)
  -- __call through a method-style chain and as an argument to another call
  local z = select(2, callable(10, 20))
  print("  z", z)
  return "call done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "R1"))
print(coroutine.resume(co, "R2"))
print(coroutine.status(co))

-- __close may yield (Lua 5.4.3+): on normal block exit
local function yclose(name)
  return setmetatable({}, {__close = function(_, e)
    local r = coroutine.yield("closing " .. name)
    print("  " .. name .. " closed, resumed with", r)
  end})
end
co = coroutine.create(function()
  do
    local a <close> = yclose("a")
    local b <close> = yclose("b")
    print("  leaving block")
  end
  print("  after block")
  local c <close> = yclose("c")
  return "returned"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 2))
print(coroutine.resume(co, 3))
print(coroutine.status(co))

-- __close yielding while an error propagates through pcall
co = coroutine.create(function()
  local ok, e = pcall(function()
    local h <close> = setmetatable({}, {__close = function(_, err)
      local r = coroutine.yield("closing with error " .. tostring(err))
      print("  handler resumed with", r)
    end})
    error("oops", 0)
  end)
  print("  pcall result", ok, e)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "X"))
print(coroutine.status(co))

-- __call used as a generic-for iterator
local iter = setmetatable({i = 0}, {__call = function(self)
  self.i = self.i + 1
  if self.i <= 3 then return coroutine.yield(self.i) end
end})
local w = coroutine.wrap(function()
  local got = {}
  for v in iter do got[#got + 1] = v end
  return table.concat(got, ",")
end)
print(w()); print(w("a")); print(w("b")); print(w("c"))
