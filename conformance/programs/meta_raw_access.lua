-- rawget/rawset/rawequal/rawlen bypass __index, __newindex and friends
local log = {}
local base = {a = "base-a", [1] = "b1", [2] = "b2"}
local t = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get:" .. tostring(k); return base[k] end,
  __newindex = function(tt, k, v) log[#log + 1] = "set:" .. tostring(k); rawset(tt, k, v) end,
})
print(t.a, rawget(t, "a"), t[1], rawget(t, 1))
rawset(t, "a", "own-a")
print(t.a, rawget(t, "a"))
t.b = "bee"
print(rawget(t, "b"), table.concat(log, " "))
print(rawset(t, 1, "r1") == t, rawlen(t), #t)
rawset(t, 2, "r2"); rawset(t, 3, "r3")
print(rawlen(t), rawlen("hello"), rawlen({1, 2, 3, nil, 5}) >= 3)
print(rawequal(t, t), rawequal(t, {}), rawequal("x", "x"), rawequal(1, 1.0), rawequal(0, "0"))
rawset(t, "b", nil)
print(rawget(t, "b"), t.b, #log)
-- rawget with float key normalisation
rawset(t, 10.0, "ten")
print(rawget(t, 10), math.type(next({[10.0] = 1})))
-- rawset returns the table, usable in chains
local u = rawset(rawset({}, "x", 1), "y", 2)
print(u.x, u.y)
