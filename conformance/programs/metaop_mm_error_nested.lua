-- a metamethod that itself does arithmetic on a plain table fails with the inner variable name
local mt = {}
mt.__mul = function(a, b)
  local inner = a.payload
  return inner * b
end
local good = setmetatable({payload = 6}, mt)
print(good * 7)
local m = 0
for i = 1, 100 do m = m + good * i end
print(m)
local bad = setmetatable({payload = {}}, mt)
print("before")
print(bad * 2)
