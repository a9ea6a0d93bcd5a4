-- varargs used inside loops and nested functions
local function each(f, ...)
  local n = select("#", ...)
  for i = 1, n do f(i, (select(i, ...))) end
  return n
end
print(each(function(i, v) print(i, v) end, "a", nil, "c"))
local function map(f, ...)
  local out = {}
  local n = select("#", ...)
  for i = 1, n do out[i] = f((select(i, ...))) end
  return table.unpack(out, 1, n)
end
print(map(function(x) return x * x end, 1, 2, 3))
print(map(function(x) return x == nil end, 1, nil, 3))
local function outer(...)
  local args = {...}
  local function inner() return #args, args[1] end
  return inner()
end
print(outer(9, 8, 7))
print(outer())
local function apply(...) local fns = {...}; return function(x) for _, f in ipairs(fns) do x = f(x) end return x end end
print(apply(function(x) return x + 1 end, function(x) return x * 10 end)(4))
