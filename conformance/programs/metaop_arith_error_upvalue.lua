-- arithmetic on an upvalue table without the metamethod names the upvalue
local box = setmetatable({}, {__mul = function() return 1 end})
local function f(k)
  return box * k
end
print(f(2))
local function g(k)
  return box / k
end
print("before")
print(g(2))
