-- rawget, rawset, rawlen and rawequal (no metatables yet: the same as plain access).
local t = {10, 20, x = "a"}
print(rawget(t, 1), rawget(t, "x"), rawget(t, 3), rawget(t, nil))
print(rawset(t, "y", 5) == t, t.y, rawset(t, 3, 30)[3])
print(rawlen(t), rawlen("hello"), rawlen({}), rawlen(""))
print(rawequal(t, t), rawequal(t, {}), rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, false))
for i = 1, 5 do rawset(t, #t + 1, i * i) end
print(#t, rawget(t, #t), rawlen(t))
print(rawlen(42))
