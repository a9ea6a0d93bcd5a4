-- a __close function can itself use <close> variables and call other closing code
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local outer_mt = {__close = function(o, e)
  print("outer close begins", o.name, e)
  do
    local inner <close> = mk("inner-of-" .. o.name)
    print("inside outer close")
  end
  print("outer close ends", o.name)
end}
do
  local a <close> = setmetatable({name = "A"}, outer_mt)
  local b <close> = mk("B")
end
print(pcall(function()
  local a <close> = setmetatable({name = "E"}, outer_mt)
  error("err", 0)
end))
-- a __close that calls a function with its own closables, recursively
local depth = 0
local rmt = {}
rmt.__close = function(o, e)
  depth = depth + 1
  print("rclose", o.n, e)
  if o.n > 1 then
    local nxt <close> = setmetatable({n = o.n - 1}, rmt)
  end
end
do
  local r <close> = setmetatable({n = 4}, rmt)
end
print("depth", depth)
-- __close receives the value itself as its first argument
local obj
obj = setmetatable({}, {__close = function(o, e) print("identity", o == obj, e) end})
do local q <close> = obj end
