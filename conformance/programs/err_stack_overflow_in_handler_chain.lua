-- stack overflow inside nested pcalls and metamethod recursion is caught
local function deep() return 1 + deep() end
local results = {}
for i = 1, 3 do
  local ok, msg = pcall(function()
    local ok2, msg2 = pcall(deep)
    results[#results + 1] = msg2:sub(-14)
    return "inner caught"
  end)
  results[#results + 1] = tostring(ok) .. " " .. msg
end
print(table.concat(results, " | "))
local mt = {}
mt.__index = function(t, k) return t[k + 1] end
local obj = setmetatable({}, mt)
local ok, msg = pcall(function() return obj[1] end)
print(ok, msg:sub(-14))
local function still(n) if n == 0 then return "fine" end return still(n - 1) end
print(still(500))
