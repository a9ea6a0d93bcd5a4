-- string methods must follow the current __index of the string metatable
local function run(n)
  local acc = 0
  for i = 1, n do
    local s = "item" .. i
    acc = acc + #s:match("%d+")
  end
  return acc
end
print(run(100))
local mt = getmetatable("")
local idx = mt.__index
mt.__index = {match = function() return "1234567" end}
print(run(100))
mt.__index = idx
print(run(100))
-- __index as a function
mt.__index = function(s, k) return function(self, ...) return k .. "(" .. self .. "," .. select("#", ...) .. ")" end end
local s = "abc"
print(s:match("x"), s:upper(), s:gsub("a", "b"))
local acc = {}
for i = 1, 3 do acc[i] = s:find("b") end
print(table.concat(acc, " "))
mt.__index = idx
print(s:find("b"), s:upper())
