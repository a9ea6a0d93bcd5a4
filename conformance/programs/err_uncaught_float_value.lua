-- an uncaught error with a float value is printed with float formatting
local function half(n)
  if n % 2 == 1 then error(n / 2) end
  return n // 2
end
print(half(4))
print(pcall(half, 3))
print(half(10))
half(7)
print("unreachable")
