print("never")
local function f(a)
  return a

print(f(1))
