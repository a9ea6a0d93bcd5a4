-- ipairs stops at the first nil regardless of #
local t = {1, 2, nil, 4, 5}
local c = 0
for i, v in ipairs(t) do c = c + 1; io.write(i, "=", v, " ") end
print()
print(c, #t)
local u = {nil, 2, 3}
c = 0
for i, v in ipairs(u) do c = c + 1 end
print(c, #u)
local w = {}
for i = 1, 10 do w[i] = i end
w[6] = nil
c = 0
for i, v in ipairs(w) do c = c + 1 end
print(c, #w)
w[6] = 6
c = 0
for i, v in ipairs(w) do c = c + 1 end
print(c, #w)
local z = {[1] = "a", [2] = "b", [3] = "c", [5] = "e"}
for i, v in ipairs(z) do io.write(v) end
print()
print(#z)
