-- assert on table contents
local cfg = {name = "x", size = 3}
assert(cfg.name, "name missing")
print(assert(cfg.size, "size missing"))
print(select("#", assert(1, 2, 3)))
local t = {assert(true, "kept", "values")}
print(#t, t[2], t[3])
local list = {1, 2}
assert(#list == 2)
print("list ok")
assert(cfg.color, "color missing from config")
print("unreachable")
