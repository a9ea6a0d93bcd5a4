-- select('#') and table.pack().n agree
local function both(...)
  return select("#", ...), table.pack(...).n
end
print(both())
print(both(nil))
print(both(1, nil))
print(both(nil, nil, nil, nil, nil))
print(both(table.unpack({1, 2, 3}, 1, 10)))
print(both(string.byte("abcdef", 1, -1)))
local function f() return end
print(both(f()))
print(both(f(), f()))
print(both((f())))
