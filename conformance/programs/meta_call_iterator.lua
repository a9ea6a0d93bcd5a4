-- callable tables as generic-for iterators
local function range(n, step)
  local st = {i = 0}
  return setmetatable(st, {__call = function(self)
    self.i = self.i + (step or 1)
    if self.i <= n then return self.i, self.i * 10 end
  end})
end
for i, v in range(4) do print(i, v) end
local acc = {}
for i in range(10, 3) do acc[#acc + 1] = i end
print(table.concat(acc, " "))
-- callable as the iterator function with explicit state and control
local iter = setmetatable({}, {__call = function(self, state, ctrl)
  ctrl = ctrl + 1
  if state[ctrl] then return ctrl, state[ctrl] end
end})
for k, v in iter, {"a", "b", "c"}, 0 do print(k, v) end
-- a closure-based iterator wrapping a callable object
local words = {"x", "y", "z"}
local gen = setmetatable({pos = #words + 1}, {__call = function(self)
  self.pos = self.pos - 1
  return words[self.pos]
end})
local out = {}
for w in gen do out[#out + 1] = w end
print(table.concat(out, ","))
