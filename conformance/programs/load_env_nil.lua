-- an explicit nil environment: the chunk's _ENV upvalue is nil
local f = load("return 1 + 2", "=nilenv", "t", nil)
print(f())
local g = load("return x", "=nilenv", "t", nil)
print(pcall(g))
local h = load("x = 1", "=nilenv", "t", nil)
print(pcall(h))
local p = load("print('hi')", "=nilenv", "t", nil)
print(pcall(p))
-- with the default chunk name
local q = load("local a = 1\nreturn a + b", nil, "t", nil)
print(pcall(q))
-- locals and varargs still work
local r = load("local a, b = ... return a * b, select and 1", nil, "t", nil)
print(pcall(r, 6, 7))
local s = load("local a, b = ... return a * b", nil, "t", nil)
print(s(6, 7))
-- a chunk can set its own _ENV even if it starts nil
local u = load("local print = ... _ENV = { v = 9 } print(v) return v", "=own", "t", nil)
print(u(print))
-- three arguments only: the env is the global table
local v = load("return type(print)", "=three", "t")
print(v())
