-- f:read("n") with integers, floats, signs and leading spaces
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("42 -17 +8 3.5 -0.25 .5 7. 1e3 2E-2 -1.5e+2\n   \t  99\n\n  \n 12abc")
f:close()
f = assert(io.open(name))
for i = 1, 12 do
  local v = f:read("n")
  print(i, v, math.type(v))
end
print("rest", f:read("a"))
f:close()
f = assert(io.open(name, "w"))
f:write("9223372036854775807 9223372036854775808 -9223372036854775808 0 -0 -0.0")
f:close()
f = assert(io.open(name))
for i = 1, 7 do
  local v = f:read("n")
  print(i, v, math.type(v))
end
f:close()
print(os.remove(name))
