-- deep recursion is caught by pcall as a stack overflow, and recursion works again after
local function deep(n) return 1 + deep(n + 1) end
local ok, msg = pcall(deep, 1)
print(ok, type(msg), msg:sub(-14))
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(1000))
print(sum(10000))
ok, msg = pcall(deep, 1)
print(ok, msg:sub(-14))
local depth = 0
local function count() depth = depth + 1; count() end
ok, msg = pcall(count)
print(ok, msg:sub(-14), depth > 1000)
print(pcall(sum, 5000))
local function mutualA(n) return 1 + mutualB(n) end
function mutualB(n) return 1 + mutualA(n) end
ok, msg = pcall(mutualA, 0)
print(ok, msg:sub(-14))
print("done", sum(100))
