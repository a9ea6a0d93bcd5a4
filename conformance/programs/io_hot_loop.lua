-- write 20000 lines in a hot loop and read them back with io.lines
local name = os.tmpname()
local f = assert(io.open(name, "w"))
for i = 1, 20000 do
  f:write(i, " ", i * 3 % 97, " line", i % 7, "\n")
end
f:close()
local count, sum, xs, bytes = 0, 0, 0, 0
for l in io.lines(name) do
  count = count + 1
  bytes = bytes + #l
  local a, b = l:match("^(%d+) (%d+)")
  sum = sum + tonumber(a)
  xs = (xs * 31 + tonumber(b)) % 1000000007
end
print(count, sum, xs, bytes)
local n, total = 0, 0
for a, b, rest in io.lines(name, "n", "n", "l") do
  n = n + 1
  total = total + a * b + #rest
end
print(n, total)
f = assert(io.open(name))
print(f:seek("end"))
f:close()
print(os.remove(name))
