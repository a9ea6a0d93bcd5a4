-- constructors collecting varargs
local function pack(...) return {...} end
local function count(...) return #{...}, select("#", ...) end
print(#pack())
print(#pack(1, 2, 3))
print(count(1, 2, 3))
print(count())
print(count(nil, 2))
local t = pack("a", "b", "c")
print(t[1], t[2], t[3])
local function firsts(...) return {..., "end"} end
local u = firsts(1, 2, 3)
print(#u, u[1], u[2])
local function withn(...) return {n = select("#", ...), ...} end
local w = withn(5, 6, nil)
print(w.n, w[1], w[2], w[3])
local function both(...) return {..., ...} end
local b = both(7, 8, 9)
print(#b, b[1], b[2], b[3], b[4])
