-- for l in f:lines() on an open file; the file stays open, then f:close()
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("a\nb\nc\nd\n")
f:close()
f = assert(io.open(name))
print(f:read("l"))
for l in f:lines() do io.write(l, " ") end
print()
print(io.type(f))
print(f:read("l"), f:read("a"))
f:seek("set")
for l in f:lines() do
  if l == "b" then break end
  print("got", l)
end
print(io.type(f), f:read("l"))
print(f:close())
print(io.type(f))
local g = assert(io.open(name))
local it = g:lines()
g:close()
print(pcall(it))
g = assert(io.open(name))
local total = 0
for i = 1, 3 do
  g:seek("set")
  for l in g:lines("L") do total = total + #l end
end
print(total, io.type(g))
g:close()
print(os.remove(name))
