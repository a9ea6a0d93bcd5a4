-- methods that create closures capturing self
local counter = {n = 0}
function counter:makeinc(step)
  return function() self.n = self.n + step; return self.n end
end
local inc1 = counter:makeinc(1)
local inc10 = counter:makeinc(10)
print(inc1(), inc10(), inc1(), counter.n)
local button = {label = "ok", handlers = {}}
function button:on(f) self.handlers[#self.handlers + 1] = f; return self end
function button:click()
  local results = {}
  for i, h in ipairs(self.handlers) do results[i] = h(self) end
  return table.concat(results, ",")
end
button:on(function(b) return b.label end):on(function(b) return string.upper(b.label) end)
print(button:click())
button.label = "go"
print(button:click())
