-- Closure churn: counters and compositions made and dropped in a loop, each call going
-- through captured upvalues.
local function make_counter(start)
  local n = start
  return function(step)
    n = n + step
    return n
  end
end

local function compose(f, g)
  return function(x)
    return f(g(x))
  end
end

local total = 0
for i = 1, 2000000 do
  local c = make_counter(i)
  local h = compose(c, function(x) return x + 1 end)
  total = total + h(1) + c(2)
end
print(total)
