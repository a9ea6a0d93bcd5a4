-- f:lines with formats
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("1 2 3\n4 5 6\n7 8 9\n")
f:close()
f = assert(io.open(name))
for a, b, c in f:lines("n", "n", "n") do
  print(a, b, c, math.type(a))
end
print(io.type(f))
f:seek("set")
for chunk in f:lines(4) do
  io.write("<", (chunk:gsub("\n", "$")), ">")
end
print()
f:seek("set")
for l in f:lines("L") do io.write(l) end
f:seek("set")
for n, rest in f:lines("n", "l") do print(n, string.format("%q", rest)) end
f:seek("set")
local it = f:lines("l", 1)
print(it())
print(it())
print(it())
print(it())
print(io.type(f))
f:close()
print(io.type(f))
print(pcall(it))
print(os.remove(name))
