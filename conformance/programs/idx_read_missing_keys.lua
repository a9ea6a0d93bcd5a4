-- reading missing keys never fails
local t = {}
print(t.a, t[1], t[0], t[-1], t[1.5], t[true], t[t], t[""])
local nan = 0 / 0
print(t[nan])
print(t[nil])
local u = {1}
print(u[2], u[1.5], u["1"])
local k
print(u[k])
t.x = nil
print(t.x)
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
print(t.a == nil and u[2] == nil)
print(({})[1], ({10, 20})[2], ({a = "A"}).a)
print(#({nil}) + 1)
print((({{{"deep"}}})[1])[1][1])
