-- varargs copied into tables for closures
local function bind(f, ...)
  local args = table.pack(...)
  return function(...)
    local all = {}
    for i = 1, args.n do all[i] = args[i] end
    local more = table.pack(...)
    for i = 1, more.n do all[args.n + i] = more[i] end
    return f(table.unpack(all, 1, args.n + more.n))
  end
end
local function show(...) return select("#", ...), ... end
local b = bind(show, 1, 2)
print(b())
print(b(3))
print(b(nil, nil))
local add3 = bind(function(a, b, c) return a + b + c end, 10)
print(add3(20, 30))
local bb = bind(bind(show, "x"), "y")
print(bb("z"))
local function counter(...)
  local n = select("#", ...)
  return function() return n end
end
print(counter()(), counter(nil)(), counter(1, 2, 3)())
