-- a small bigint class (base 10^4 limbs) exercising __add __mul __eq __lt __concat __len
local B = {}
local BASE = 10000
local function big(n) local t = setmetatable({}, B); repeat t[#t + 1] = n % BASE; n = n // BASE until n == 0; return t end
B.__len = function(a) return rawlen(a) end
B.__add = function(a, b)
  if type(b) == "number" then b = big(b) end
  local r, carry = setmetatable({}, B), 0
  for i = 1, math.max(#a, #b) do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    r[i] = s % BASE; carry = s // BASE
  end
  if carry > 0 then r[#r + 1] = carry end
  return r
end
B.__mul = function(a, m)
  local r, carry = setmetatable({}, B), 0
  for i = 1, #a do local p = a[i] * m + carry; r[i] = p % BASE; carry = p // BASE end
  while carry > 0 do r[#r + 1] = carry % BASE; carry = carry // BASE end
  return r
end
B.__eq = function(a, b) if #a ~= #b then return false end; for i = 1, #a do if a[i] ~= b[i] then return false end end; return true end
B.__lt = function(a, b) if #a ~= #b then return #a < #b end; for i = #a, 1, -1 do if a[i] ~= b[i] then return a[i] < b[i] end end; return false end
B.__tostring = function(a) local p = {tostring(a[#a])}; for i = #a - 1, 1, -1 do local d = tostring(a[i]); p[#p + 1] = string.rep("0", 4 - #d) .. d end; return table.concat(p) end
B.__concat = function(a, b) return tostring(a) .. tostring(b) end
local f = big(1)
for i = 1, 60 do f = f * i end
print("60! = " .. f)
local fib1, fib2 = big(0), big(1)
for i = 1, 3000 do fib1, fib2 = fib2, fib1 + fib2 end
print(#fib1, string.sub(tostring(fib1), 1, 20))
local acc = big(0)
for i = 1, 20000 do acc = acc + i end
print(acc .. "", acc == big(200010000), big(5) < big(70000), big(99999) < big(5))
