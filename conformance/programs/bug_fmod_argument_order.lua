-- math.fmod with two bad arguments: lua5.4 checks the second first (its C call evaluates the
-- argument checks right to left), so the error names argument #2. Found by the long
-- differential run (an empty string from string.sub passed as both operands).
local function f(x)
  return math.fmod(x, x)
end
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, 2), math.fmod("7", 2))
print(math.fmod(1, "2"), math.fmod("5.5", "2"))
local ok = 0
for i = 1, 300 do ok = ok + f(i + 0.5) end
print(ok)
print(f(string.sub("10", 3, 5)))
