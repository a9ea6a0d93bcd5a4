-- error level 2 blames the line of the caller
local function check(v)
  if type(v) ~= "number" then
    error("expected number, got " .. type(v), 2)
  end
  return v
end
local function user1() local r = check("x"); return r end
local function user2()
  local y = nil
  local r = check(y)
  return r
end
print(pcall(user1))
print(pcall(user2))
print(pcall(check, 5))
print(pcall(function()
  local t = {}
  t.v = check({})
end))
local function levelFromVar(l) error("var level", l) end
print(pcall(function() levelFromVar(2) end))
print(pcall(function() levelFromVar(1) end))
print(pcall(function() levelFromVar(0) end))
