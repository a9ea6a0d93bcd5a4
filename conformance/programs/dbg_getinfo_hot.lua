-- debug.getinfo called from hot loops (JIT-compiled code)
local function where()
  local i = debug.getinfo(2, "Sln")
  return i.currentline, i.name, i.namewhat, i.what
end
local function work(n)
  local lines = 0
  for i = 1, n do
    local l = where()
    lines = lines + l
  end
  return lines
end
print(work(10), work(5000))
local function named() local a, b, c, d = where() return a, b, c, d end
local last
for i = 1, 3000 do last = {named()} end
print(last[1], last[2], last[3], last[4])
local count = 0
for i = 1, 3000 do
  local info = debug.getinfo(1, "l")
  count = count + info.currentline
end
print(count)
local function fib(n) if n < 2 then return debug.getinfo(1, "n").name end return fib(n - 1) end
print(fib(20))
local function fib2(n) if n < 2 then return debug.getinfo(1, "n").name end local r = fib2(n - 1) return r end
print(fib2(20))
