-- multiple results passed through many layers
local function id(...) return ... end
local function wrap(f) return function(...) return f(...) end end
local w = wrap(wrap(wrap(id)))
print(w(1, nil, 3))
print(select("#", w(1, nil, 3)))
print(select("#", w(nil, nil)))
print(w())
local function swap(a, b) return b, a end
print(swap(swap(1, 2)))
print(swap(1, 2), swap(3, 4))
local function rot(a, b, c) return b, c, a end
print(rot(rot(rot(1, 2, 3))))
print(rot(rot(1, 2, 3)))
local function map2(f, a, b) return f(a), f(b) end
print(map2(function(v) return v * v end, 3, 4))
print(map2(id, 5, 6))
print(map2(swap, 7, 8))
