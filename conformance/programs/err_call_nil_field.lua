-- calling a missing function field
local lib = {}
function lib.add(a, b) return a + b end
function lib.mul(a, b) return a * b end
print(lib.add(2, 3), lib.mul(2, 3))
local names = {"add", "mul"}
for _, n in ipairs(names) do print(n, lib[n](4, 5)) end
print(lib.sub)
print(type(lib.sub))
print("calling lib.sub")
print(lib.sub(1, 2))
print("unreachable")
