-- errors raised inside __concat and __call are caught by pcall
local mt = {
  __concat = function(a, b)
    if type(a) == "table" and a.bad then error("bad concat left") end
    return "joined"
  end,
  __call = function(self, x)
    if x == nil then error("missing argument", 2) end
    return x * 2
  end,
}
local good = setmetatable({}, mt)
local bad = setmetatable({bad = true}, mt)
print(pcall(function() return good .. "s" end))
print(pcall(function() return "s" .. good end))
print(pcall(function() return bad .. "s" end))
print(pcall(function() return "a" .. "b" .. bad end))
print(pcall(good, 21))
print(pcall(good))
print(pcall(function() return good() end))
local t = {cb = good}
print(pcall(function() return t.cb(4) + t.cb() end))
print(pcall(function() return 1 .. good .. 2 end))
