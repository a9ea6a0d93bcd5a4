-- errors raised inside __eq, __lt and __le are caught by pcall
local mt = {}
mt.__eq = function(a, b)
  if a.id < 0 or b.id < 0 then error("bad id in eq", 0) end
  return a.id == b.id
end
mt.__lt = function(a, b) error({which = "lt"}) end
mt.__le = function(a, b) error("le failed") end
local function obj(id) return setmetatable({id = id}, mt) end
local p, q, r = obj(1), obj(1), obj(-1)
print(pcall(function() return p == q end))
print(pcall(function() return p == r end))
print(pcall(function() return p ~= r end))
local ok, e = pcall(function() return p < q end)
print(ok, e.which)
print(pcall(function() return p <= q end))
ok, e = pcall(function() return p > q end)
print(ok, type(e), e.which)
print(pcall(function() return p == p end))
print(pcall(function() return p == 1 end))
print(pcall(rawequal, p, q))
