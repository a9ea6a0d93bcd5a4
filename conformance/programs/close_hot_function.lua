-- a function declaring a <close> variable called many times (JIT tiers)
local closes = 0
local errs = 0
local mt = {__close = function(o, e)
  closes = closes + 1
  if e ~= nil then errs = errs + 1 end
end}
local function work(i)
  local c <close> = setmetatable({v = i}, mt)
  return c.v * 2 + 1
end
local sum = 0
for i = 1, 20000 do
  sum = sum + work(i)
end
print("sum", sum, "closes", closes, "errs", errs)
-- hot function with two closables, one nil on odd calls
local function two(i)
  local a <close> = setmetatable({}, mt)
  local b <close> = (i % 2 == 0) and setmetatable({}, mt) or nil
  return i
end
closes = 0
local s2 = 0
for i = 1, 15000 do s2 = s2 + two(i) end
print("s2", s2, "closes", closes)
-- hot function that sometimes errors
local function maybe(i)
  local c <close> = setmetatable({}, mt)
  if i % 1000 == 0 then error("e" .. i, 0) end
  return 1
end
closes, errs = 0, 0
local okc, failc, lasterr = 0, 0, nil
for i = 1, 12000 do
  local ok, r = pcall(maybe, i)
  if ok then okc = okc + r else failc = failc + 1 lasterr = r end
end
print("ok", okc, "fail", failc, lasterr, "closes", closes, "errs", errs)
-- closing order stays right in the hot path
local trace = {}
local omt = {__close = function(o) trace[#trace + 1] = o.n end}
local function ord(i)
  local x <close> = setmetatable({n = "x"}, omt)
  local y <close> = setmetatable({n = "y"}, omt)
end
for i = 1, 10000 do ord(i) end
print("trace", #trace, trace[1], trace[2], trace[19999], trace[20000])
