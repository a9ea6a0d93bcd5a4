-- t[#t+1] appends
local t = {}
for i = 1, 10 do t[#t + 1] = i * i end
print(#t, t[10])
print(table.concat(t, " "))
local u = {}
u[#u + 1] = "a"
u[#u + 1] = "b"
u[#u] = nil
u[#u + 1] = "c"
print(#u, table.concat(u))
local stack = {}
for i = 1, 5 do stack[#stack + 1] = i end
local out = {}
while #stack > 0 do
  out[#out + 1] = stack[#stack]
  stack[#stack] = nil
end
print(table.concat(out, ","), #stack)
local mixed = {x = 1}
mixed[#mixed + 1] = "first"
mixed[#mixed + 1] = "second"
print(#mixed, mixed[1], mixed[2], mixed.x)
local big = {}
for i = 1, 3000 do big[#big + 1] = i end
print(#big, big[#big])
