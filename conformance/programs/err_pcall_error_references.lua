-- pcall preserves the identity of table and function error values
local tbl = {code = 7}
local fn = function(x) return x * 2 end
local ok, v = pcall(function() error(tbl) end)
print(ok, type(v), v == tbl, rawequal(v, tbl), v.code)
ok, v = pcall(function() error(fn) end)
print(ok, type(v), v == fn, v(21))
local withmt = setmetatable({}, {__eq = function() return true end})
ok, v = pcall(error, withmt)
print(ok, rawequal(v, withmt))
local t2 = {}
ok, v = pcall(function() error(t2, 2) end)
print(ok, v == t2)
ok, v = pcall(function() error(tbl, 0) end)
print(ok, v == tbl, v.code)
local nested = {inner = {value = "deep"}}
ok, v = pcall(function() local f = function() error(nested) end f() end)
print(ok, v.inner.value, v == nested)
local errs = {}
for i = 1, 5 do
  local _, e = pcall(error, {i = i})
  errs[i] = e
end
print(errs[1].i, errs[5].i, errs[1] ~= errs[2])
