-- an error raised inside __add reports the metamethod's line
local mt = {}
mt.__add = function(a, b)
  if type(b) == "number" and b > 100 then
    error("too big: " .. b)
  end
  return a.v + b
end
local t = setmetatable({v = 1}, mt)
print(t + 1)
local s = 0
for i = 1, 50 do s = s + (t + i) end
print(s)
print(t + 101)
