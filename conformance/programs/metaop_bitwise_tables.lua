-- __band __bor __bxor __shl __shr with a table on the left, right and both sides
local mt = {}
local function s(v) return type(v) == "table" and ("T" .. v.k) or tostring(v) end
for _, ev in ipairs({"band", "bor", "bxor", "shl", "shr"}) do
  mt["__" .. ev] = function(a, b) return ev .. "(" .. s(a) .. "," .. s(b) .. ")" end
end
local a = setmetatable({k = 1}, mt)
local b = setmetatable({k = 2}, mt)
print(a & 1, 1 & a, a & b)
print(a | 2, 2 | a, b | a)
print(a ~ 3, 3 ~ a, a ~ b)
print(a << 4, 4 << a, a << b)
print(a >> 5, 5 >> a, b >> a)
print(1 + 1 | a, a & (2 ~ 1))
print(a >> (1 << 2), (a >> 1) .. "!")
print(5 & 3 | 8, 1 << 4 ~ 1)
