-- f:write formats numbers: integers with %d, floats with %.14g
local name = os.tmpname()
local f = assert(io.open(name, "w"))
local vals = {1, -7, 0, 1.0, -0.0, 0.5, 3.14159265358979, 1e100, -2.5e-10,
  1/3, 2^53, 2^63, math.maxinteger, math.mininteger, 100.0, 1e15, 1e16, 123456789012345.6}
for _, v in ipairs(vals) do
  f:write(v, "\n")
end
f:write(1/0, " ", -1/0, "\n")
f:write("str", 12, 3.5, "\n")
f:close()
f = assert(io.open(name, "r"))
local i = 0
for line in f:lines() do
  i = i + 1
  print(i, line)
end
f:close()
print(os.remove(name))
