-- arithmetic on non-numeric strings raises "attempt to perform arithmetic on a string value"
local function add(a, b) return a + b end
local function mul(a, b) return a * b end
print(pcall(add, "abc", 1))
print(pcall(add, 1, "abc"))
print(pcall(mul, "2x", "3"))
print(pcall(function() local s = "hello"; return -s end))
print(pcall(function() local s = "hello"; return s // 2 end))
print(pcall(function() local s = "x"; return 2 ^ s end))
print(pcall(add, "10", 5))
print(pcall(add, "0x10", "1"))
print(pcall(mul, " 3 ", 2))
print(pcall(add, "1e2", 1))
print(pcall(add, "", 1))
print(pcall(function() local s = "7"; return s % "abc" end))
