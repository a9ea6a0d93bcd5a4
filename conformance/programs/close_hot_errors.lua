-- hot loops where every iteration raises an error across a <close> scope
local closes, witherr = 0, 0
local mt = {__close = function(o, e)
  closes = closes + 1
  if e ~= nil then witherr = witherr + 1 end
end}
local function thrower(i)
  local c <close> = setmetatable({}, mt)
  local d <close> = setmetatable({}, mt)
  error(i, 0)
end
local sum = 0
for i = 1, 30000 do
  local ok, e = pcall(thrower, i)
  sum = sum + e
end
print("sum", sum, closes, witherr)
-- a close that fails every 100th time, in a hot loop with a body <close>
closes, witherr = 0, 0
local failmt = {__close = function(o, e)
  closes = closes + 1
  if o.i % 100 == 0 then error("close " .. o.i, 0) end
end}
local fails, last = 0, nil
for i = 1, 20000 do
  local ok, e = pcall(function()
    local c <close> = setmetatable({i = i}, failmt)
    return i
  end)
  if not ok then fails = fails + 1 last = e end
end
print("fails", fails, last, closes)
-- xpcall in a hot loop: the handler result reaches __close
local seen = 0
local hmt = {__close = function(o, e) if e == "H" then seen = seen + 1 end end}
for i = 1, 10000 do
  xpcall(function()
    local c <close> = setmetatable({}, hmt)
    error("x")
  end, function() return "H" end)
end
print("seen", seen)
