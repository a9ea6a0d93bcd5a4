-- a closure held in an upvalue raises
local function make_counter(limit)
  local n = 0
  local function bump()
    n = n + 1
    if n > limit then error("counter over limit " .. limit) end
    return n
  end
  return function() return bump() + 0 end
end
local c = make_counter(3)
for i = 1, 3 do print(c()) end
local function use() local v = c() return v end
use()
