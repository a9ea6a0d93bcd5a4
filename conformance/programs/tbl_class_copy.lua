-- a class system without metatables: methods copied into instances
local Animal = {}
function Animal.speak(self) return self.name .. " makes " .. self.sound end
function Animal.rename(self, n) self.name = n; return self end
local function new(class, fields)
  local o = {}
  for k, v in pairs(class) do o[k] = v end
  for k, v in pairs(fields) do o[k] = v end
  return o
end
local function extend(base, methods)
  local c = {}
  for k, v in pairs(base) do c[k] = v end
  for k, v in pairs(methods) do c[k] = v end
  return c
end
local Dog = extend(Animal, {
  speak = function(self) return self.name .. " barks" end,
  fetch = function(self, what) return self.name .. " fetches " .. what end,
})
local a = new(Animal, {name = "cow", sound = "moo"})
local d = new(Dog, {name = "rex", sound = "woof"})
print(a:speak())
print(d:speak())
print(d:fetch("ball"))
print(d:rename("max"):speak())
print(a.fetch, type(d.fetch))
print(Animal.speak(d))
local Counter = {}
function Counter.inc(self, n) self.count = self.count + (n or 1); return self.count end
function Counter.reset(self) self.count = 0 end
local c1 = new(Counter, {count = 0})
local c2 = new(Counter, {count = 100})
c1:inc(); c1:inc(5); c2:inc()
print(c1.count, c2.count)
c2:reset()
print(c1.count, c2.count, c1.inc == c2.inc)
