-- error level 2 gives no position when the caller is pcall itself or was replaced by a tail call
local function check(v)
  if type(v) ~= "number" then error("bad value " .. tostring(v), 2) end
  return v
end
print(pcall(check, "direct"))
print(pcall(check, 10))
local function tail(v) return check(v) end
print(pcall(tail, "tail"))
local function nontail(v) local r = check(v); return r end
print(pcall(nontail, "nontail"))
local function outerTail(v) return nontail(v) end
print(pcall(outerTail, "outer"))
print(xpcall(check, function(m) return "H " .. m end, "xp"))
local ok, e = pcall(table.sort, {3, 1, 2}, function(a, b) check("cmp") end)
print(ok, e)
local function lvl1(v) error("level one " .. v) end
print(pcall(lvl1, "direct"))
local function tail1(v) return lvl1(v) end
print(pcall(tail1, "tail"))
