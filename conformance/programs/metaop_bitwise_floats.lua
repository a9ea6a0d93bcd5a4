-- bitwise events get floats unconverted, whether or not they have an integer representation
local mt = {}
local function s(v)
  if type(v) == "table" then return "T" end
  return (math.type(v) or type(v)) .. ":" .. tostring(v)
end
mt.__band = function(a, b) return "band " .. s(a) .. " " .. s(b) end
mt.__shl = function(a, b) return "shl " .. s(a) .. " " .. s(b) end
mt.__bor = function(a, b) return "bor " .. s(a) .. " " .. s(b) end
mt.__bxor = function(a, b) return "bxor " .. s(a) .. " " .. s(b) end
local t = setmetatable({}, mt)
print(3.0 & t)
print(t & 3.5)
print(2^53 | t)
print(t << 1.0)
print(1.5 ~ t)
print(t ~ "3")
print("7" & t)
print(math.huge | t)
print(3.0 & 5, 7.0 | 8.0, 2.0 << 3)
