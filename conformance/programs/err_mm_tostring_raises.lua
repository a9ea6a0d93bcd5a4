-- errors inside __tostring propagate through tostring and print
local mt = {__tostring = function(self)
  if self.fail then error("tostring failed for " .. self.name) end
  return "obj:" .. self.name
end}
local ok1 = setmetatable({name = "a"}, mt)
local bad = setmetatable({name = "b", fail = true}, mt)
print(pcall(tostring, ok1))
print(pcall(tostring, bad))
print(pcall(print, bad))
print(pcall(function() return tostring(bad) .. "!" end))
local nonstr = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, nonstr))
local tbl = setmetatable({}, {__tostring = function() return {} end})
print(pcall(tostring, tbl))
print(pcall(string.format, "%s", bad))
print(pcall(string.format, "%s|%s", ok1, ok1))
print(pcall(table.concat, {ok1}))
