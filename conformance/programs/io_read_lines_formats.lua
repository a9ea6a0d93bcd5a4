-- f:read("l") and f:read("L") with and without newlines
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("first\n\nthird line\n  spaced  \nlast-no-newline")
f:close()
f = assert(io.open(name))
print(string.format("%q", f:read("l")))
print(string.format("%q", f:read("L")))
print(string.format("%q", f:read("L")))
print(string.format("%q", f:read("l")))
print(string.format("%q", f:read("L")))
print(f:read("l"), f:read("L"))
f:close()
f = assert(io.open(name))
local n = 0
while true do
  local l = f:read("L")
  if not l then break end
  n = n + 1
  print(n, #l, l:sub(-1) == "\n")
end
f:close()
f = assert(io.open(name))
print(f:read())
print(f:read("l", "l", "l"))
f:close()
print(os.remove(name))
