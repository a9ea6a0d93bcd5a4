-- __pairs values: a callable table works; a non-callable value is an error (exits 1)
local callable = setmetatable({}, {__call = function(self, t) return next, {q = 1}, nil end})
local t = setmetatable({}, {__pairs = callable})
for k, v in pairs(t) do print(k, v) end
local bad = setmetatable({a = 1}, {__pairs = 42})
print(pcall(pairs, bad))
local ok, e = pcall(function() for k in pairs(bad) do end end)
print(ok, e)
local bad2 = setmetatable({}, {__pairs = "str"})
for k in pairs(bad2) do print(k) end
print("not reached")
