-- replacing or removing a metamethod at runtime is seen immediately, even in hot loops
local mt = {}
local t = setmetatable({}, mt)
mt.__add = function(a, b) return 1 end
local s = 0
for i = 1, 30000 do
  if i == 10000 then mt.__add = function(a, b) return 2 end end
  if i == 20000 then mt.__add = function(a, b) return b end end
  s = s + (t + i)
end
print(s)
local other = {__add = function() return 1000 end}
local n = 0
for i = 1, 20000 do
  if i == 15000 then setmetatable(t, other) end
  n = n + (t + i)
end
print(n)
mt.__unm = function() return "neg" end
setmetatable(t, mt)
print(-t)
mt.__unm = nil
mt.__len = function() return 77 end
print(#t, rawlen(t))
