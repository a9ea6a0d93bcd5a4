-- io.lines(name) loops; the file is closed when the loop ends
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("one\ntwo\n\nfour\n")
f:close()
for l in io.lines(name) do print(string.format("%q", l)) end
local it, s, c, file = io.lines(name)
print(type(it), s, c, io.type(file))
print(it(), it())
print(io.type(file))
print(it(), it())
print(it())
print(io.type(file))
print(pcall(it))
it, s, c, file = io.lines(name, "L")
local n = 0
for l in it, s, c, file do n = n + #l end
print("bytes", n, io.type(file))
local count = 0
for a, b in io.lines(name, 1, 2) do count = count + 1; io.write(a, "|", tostring(b), " ") end
print()
print("count", count)
print(select("#", io.lines(name)))
for l in io.lines(name) do end
print(os.remove(name))
