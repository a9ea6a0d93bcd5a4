-- sequences built with float keys count like integer keys
local t = {}
for i = 1, 10 do t[i + 0.0] = i end
print(#t)
local s = 0
for i, v in ipairs(t) do s = s + v end
print(s)
local u = {}
u[1.0] = "a"; u[2.0] = "b"; u[3.0] = "c"
print(#u, u[1], u[3])
u[3.0] = nil
print(#u)
local w = {}
w[1] = 1; w[1.5] = 1.5; w[2] = 2
print(#w)
local k = 2 ^ 1
w[k + 1] = 3
print(#w, w[3])
