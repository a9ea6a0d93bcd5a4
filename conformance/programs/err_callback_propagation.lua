-- errors in callbacks propagate through higher-order helpers to the pcall
local function map(list, f)
  local out = {}
  for i = 1, #list do out[i] = f(list[i], i) end
  return out
end
local function compose(f, g) return function(...) return f(g(...)) end end
local function strictPositive(x)
  if x <= 0 then error("not positive: " .. x, 2) end
  return x
end
local okm, sq = pcall(map, {1, 2, 3}, function(x) return x * x end)
print(okm, #sq, sq[1], sq[3])
print(pcall(map, {1, -2, 3}, strictPositive))
print(pcall(map, {1, 2}, nil))
local inc = function(x) return x + 1 end
local h = compose(inc, strictPositive)
print(pcall(h, 5))
print(pcall(h, 0))
local handlers = {}
local function on(name, f) handlers[name] = f end
local function fire(name, ...) return handlers[name](...) end
on("ok", function(a) return "fired " .. a end)
on("boom", function(a) error({event = "boom", arg = a}) end)
print(pcall(fire, "ok", 1))
local ok, e = pcall(fire, "boom", 2)
print(ok, e.event, e.arg)
print(pcall(fire, "none"))
