-- a strict-globals __index on _G raises when reading an undefined global
known = 10
setmetatable(_G, {
  __index = function(_, name)
    error("read of undefined global '" .. name .. "'", 2)
  end,
})
local function total()
  return known + unknown_value
end
print(pcall(total))
local function outer() local v = total() return v end
outer()
