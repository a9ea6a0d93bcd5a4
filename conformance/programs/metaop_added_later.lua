-- metamethods added after setmetatable still take effect; removing __eq falls back to identity
local mt = {}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 1}, mt)
print(a == b)
mt.__eq = function(x, y) return x.v == y.v end
print(a == b)
mt.__eq = nil
print(a == b)
mt.__lt = function(x, y) return x.v < y.v end
b.v = 2
print(a < b, b < a)
mt.__concat = function(x, y) return "c" end
print(a .. b, 1 .. a)
mt.__call = function(self, z) return self.v + z end
print(a(10), b(10))
local cnt = 0
for i = 1, 20000 do
  if i == 5000 then mt.__eq = function() return true end end
  if a == b then cnt = cnt + 1 end
end
print(cnt)
