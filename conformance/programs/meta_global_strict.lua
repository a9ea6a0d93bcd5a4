-- strict mode on _G: declared globals tracked, undefined global read is an uncaught error
local declared = {}
local order = {}
setmetatable(_G, {
  __newindex = function(t, k, v)
    if not declared[k] then declared[k] = true; order[#order + 1] = k end
    rawset(t, k, v)
  end,
  __index = function(_, k)
    error("undefined global '" .. tostring(k) .. "'", 2)
  end,
})
alpha = 1
beta = "two"
alpha = alpha + 10  -- existing key: no __newindex
function gamma(x) return x * 2 end
print(alpha, beta, gamma(21), table.concat(order, ","))
alpha = nil
alpha = 5           -- re-declared through __newindex
print(alpha, #order, order[4])
print(rawget(_G, "nope"), type(print))
local function useGlobals() return beta .. "!" end
print(useGlobals())
print("reading undefined")
print(undefinedVariable)
