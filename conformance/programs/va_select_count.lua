-- select('#', ...) counts trailing nils
local function n(...) return select("#", ...) end
print(n())
print(n(nil))
print(n(nil, nil))
print(n(1, nil, nil))
print(n(nil, nil, 3))
print(n(false))
local function f(...) return ... end
print(n(f(nil, nil, nil)))
print(n(f()))
local function g(...) local a, b = ...; return a, b end
print(n(g()))
print(n(g(1, 2, 3)))
local function h(...) return #{...} end
print(h(1, 2, 3), h(), h(nil, 2))
local t = {n(1, 2), n(nil), n()}
print(t[1], t[2], t[3])
print(select("#"))
print(select("#", select("#")))
