-- assigning the control variable does not affect the iteration
for i = 1, 5 do
  io.write(i, " ")
  i = i * 10
  io.write(i, " ")
end
print()
for i = 1, 3 do
  local j = i
  i = "str"
  print(j, i)
end
local i = "outer"
for i = 1, 2 do end
print("outer i", i)
local n = 3
for k = 1, n do n = n + 1 end
print("limit evaluated once", n)
local step = 1
for k = 1, 4, step do step = step + 10 io.write(k, " ") end
print()
