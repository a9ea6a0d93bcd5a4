-- hot calls through string functions that get rebound mid-loop
local function run(n)
  local acc = 0
  for i = 1, n do
    local s = "item" .. i
    local d = s:match("%d+")
    acc = acc + #d
    local r = string.gsub(s, "i", "I")
    if r:find("^It") then acc = acc + 1 end
  end
  return acc
end
print(run(3000))
local orig_match, orig_gsub = string.match, string.gsub
-- replace string.match: method calls go through the same table
string.match = function(s, p) return "xx" end
print(run(3000))
string.match = orig_match
-- replace gsub with a counting wrapper
local calls = 0
string.gsub = function(...) calls = calls + 1; return orig_gsub(...) end
print(run(3000), calls)
string.gsub = orig_gsub
-- swap the string metatable __index for a proxy
local mt = getmetatable("")
local idx = mt.__index
mt.__index = setmetatable({match = function() return "1234567" end}, {__index = string})
print(run(2000))
mt.__index = idx
print(run(2000))
-- a subject that changes type from string to number in a hot loop
local vals = {}
for i = 1, 4000 do vals[i] = (i % 400 == 0) and i or ("v" .. i) end
local n = 0
for i = 1, #vals do
  local m = string.match(vals[i], "%d+")   -- numbers are converted
  n = n + #m
end
print(n)
local ok, e = pcall(function()
  local c = 0
  for i = 1, #vals do c = c + #vals[i]:match("%d+") end
  return c
end)
print(ok, e)
