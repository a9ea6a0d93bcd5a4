-- pairs uses exactly three results of __pairs (extra ones are dropped, missing ones are nil)
local function iter(s, c)
  if c < s then return c + 1, c * 10 end
end
local four = setmetatable({}, {__pairs = function() return iter, 3, 0, "fourth", "fifth" end})
print(select("#", pairs(four)))
print(pairs(four) == iter, select(2, pairs(four)))
for k, v in pairs(four) do print(k, v) end
local one = setmetatable({}, {__pairs = function() return function(s, c) return nil end end})
print(select("#", pairs(one)))
print(select(2, pairs(one)))
for k in pairs(one) do print("never", k) end
local zero = setmetatable({}, {__pairs = function() end})
print(select("#", pairs(zero)))
print(pcall(function() for k in pairs(zero) do end end))
local got = {}
local args = setmetatable({tag = "me"}, {__pairs = function(...) got = {select("#", ...), (...).tag} return next, {}, nil end})
for _ in pairs(args) do end
print(got[1], got[2])
