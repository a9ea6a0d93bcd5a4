-- argument passing: missing args are nil, extra args are dropped
local function three(a, b, c)
  print("a", a, "b", b, "c", c)
end
three()
three(1)
three(1, 2)
three(1, 2, 3)
three(1, 2, 3, 4, 5)
local function none() end
three(none())
three(1, none())
three(none(), 2)
local function many(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20)
  return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20
end
print("many", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))
print("print many", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
local seen = ""
local function note(x) seen = seen .. x return x end
three(note("p"), note("q"), note("r"), note("s"))
print("evaluated", seen)
local function modify(x) x = x + 1 return x end
local v = 10
print("modify", modify(v), "v", v)
local function ret_nothing() return end
print("ret nothing", ret_nothing())
print("ret nothing paren", (ret_nothing()))
local function id(x) return x end
print("id", id(1), id("s"), id(nil), id(false))
print("nested", id(id(id(7))))
