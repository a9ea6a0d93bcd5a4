-- __pairs returning a stateful closure iterator (ignores state and control)
local function counting(t)
  local mt = {}
  mt.__pairs = function(self)
    local i = 0
    local calls = 0
    return function(_, _)
      calls = calls + 1
      i = i + 1
      if i > self.n then return nil end
      return i, self.n - i + 1, calls
    end, "ignored", "ignored too"
  end
  return setmetatable(t, mt)
end
local c = counting({n = 4})
for a, b, calls in pairs(c) do print(a, b, calls) end
for a in pairs(c) do io.write(a, " ") end
print()
local total = 0
for i = 1, 1000 do
  for a, b in pairs(c) do total = total + a * b end
end
print(total)
local f, s, ctl = pairs(c)
print(type(f), s, ctl)
print(f(), f(), f(), f(), f())
