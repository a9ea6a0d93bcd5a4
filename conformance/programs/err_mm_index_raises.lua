-- errors raised inside __index and __newindex functions are caught by pcall
local strict = setmetatable({}, {
  __index = function(t, k) error("no field '" .. tostring(k) .. "'", 2) end,
  __newindex = function(t, k, v)
    if type(v) ~= "number" then error({key = k}) end
    rawset(t, k, v)
  end,
})
print(pcall(function() return strict.missing end))
print(pcall(function() strict.n = 5; return strict.n end))
local ok, e = pcall(function() strict.s = "text" end)
print(ok, type(e), e.key)
print(rawget(strict, "s"), rawget(strict, "n"))
local chain = setmetatable({}, {__index = setmetatable({}, {
  __index = function(_, k) error("deep miss " .. k, 0) end })})
print(pcall(function() return chain.x end))
local count = 0
for i = 1, 20 do
  local ok2 = pcall(function() return strict["k" .. i] end)
  if not ok2 then count = count + 1 end
end
print("misses", count)
