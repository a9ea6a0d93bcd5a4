-- reading a file whose last line has no newline
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("alpha\nbeta\ngamma")
f:close()
for l in io.lines(name) do print(string.format("%q", l)) end
for l in io.lines(name, "L") do print(string.format("%q", l)) end
f = assert(io.open(name))
print(f:read("l", "l", "l", "l"))
f:close()
f = assert(io.open(name))
f:seek("set", 11)
print(f:read("L"))
print(f:read("L"))
f:close()
f = assert(io.open(name, "w"))
f:write("42")
f:close()
f = assert(io.open(name))
print(f:read("n"), f:read("n"))
f:close()
f = assert(io.open(name, "w"))
f:write("x")
f:close()
local n = 0
for l in io.lines(name) do n = n + 1; print(n, l) end
print(os.remove(name))
