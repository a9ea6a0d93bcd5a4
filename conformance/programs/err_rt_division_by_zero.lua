-- integer division and modulo by zero raise errors; float division does not
local function idiv(a, b) return a // b end
local function mod(a, b) return a % b end
print(pcall(idiv, 1, 0))
print(pcall(mod, 1, 0))
print(pcall(idiv, 0, 0))
print(pcall(mod, -5, 0))
print(pcall(idiv, 1.0, 0))
print(pcall(idiv, 1, 0.0))
local okn, nan = pcall(mod, 1, 0.0)
print(okn, nan ~= nan)
print(pcall(function(a, b) return a / b end, 1, 0))
print(pcall(idiv, 7, 2))
print(pcall(mod, -7, 2))
print(pcall(idiv, math.mininteger, -1))
print(pcall(mod, math.mininteger, -1))
local errs = 0
for i = -3, 3 do
  if not pcall(idiv, 10, i) then errs = errs + 1 end
end
print("errors", errs)
