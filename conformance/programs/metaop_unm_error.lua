-- unary minus on a table without __unm names the local
local mt = {__bnot = function(a) return "bnot" end}
local t = setmetatable({}, mt)
print(~t)
print(-5, -(-5.5), - "2")
local k = 0
for i = 1, 10 do k = k + #tostring(~t) end
print(k)
print("before")
local r = -t
print(r)
