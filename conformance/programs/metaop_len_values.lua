-- __len may return non-integers, strings, tables or nothing; # returns only the first value
local results = {3.5, "seven", -1, 0, 2^40, false}
for i, r in ipairs(results) do
  local t = setmetatable({1, 2, 3}, {__len = function(self) return r end})
  local v = #t
  print(i, type(v), math.type(v), tostring(v), rawlen(t))
end
local m = setmetatable({}, {__len = function() return 1, 2, 3 end})
print(#m, select("#", #m))
local n = setmetatable({}, {__len = function() end})
print(#n)
local a = setmetatable({}, {__len = function(self, x) return rawequal(self, x) end})
print("arg2 same", #a)
print(#"abc", #{1, 2}, #"")
