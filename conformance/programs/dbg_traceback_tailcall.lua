-- debug.traceback through tail calls, also from hot code
local function leaf(i) if i < 0 then return debug.traceback("leaf") end return i end
local function mid(i) return leaf(i) end
local function top(i) local r = mid(i) return r end
print(top(-1))
print("--")
local last
for i = 1, 3000 do
  local r = top(i == 3000 and -1 or i)
  if type(r) == "string" then last = r end
end
print(last)
print("--")
local function counter(n) if n == 0 then return debug.traceback("counted", 1) end return counter(n - 1) end
print(counter(5))
