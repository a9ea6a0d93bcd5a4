-- string constant used from a nested function is still a constant, not an upvalue
local k <const> = "hello"
local function f()
  return k()
end
print(#k)
f()
