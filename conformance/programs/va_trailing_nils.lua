-- trailing nils are preserved through varargs
local function f(...) return ... end
local function show(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  return n .. ":" .. table.concat(parts, ",")
end
print(show(f(1, nil)))
print(show(f(nil, nil, nil)))
print(show(f()))
print(show(1, f(nil, nil)))
print(show(f(nil, nil), 1))
print(f(1, nil, nil))
print(show(table.unpack({1, nil, 3})))
print(show(table.unpack({1, nil, nil}, 1, 3)))
local p = table.pack(nil, nil)
print(p.n, p[1], p[2])
local function g(a, ...) return show(...) end
print(g(1, nil))
print(g(1))
print(g())
