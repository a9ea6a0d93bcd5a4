-- a <close> inside a while body is closed at the end of every iteration
local log = {}
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    log[#log + 1] = o.name
    print("close", o.name, e)
  end})
end
local i = 0
while i < 3 do
  i = i + 1
  local a <close> = mk("a" .. i)
  local b <close> = mk("b" .. i)
  print("body", i)
end
print("after while", #log)
-- while with a nested do-block and a condition using an outer variable
local n = 0
while true do
  n = n + 1
  local outer <close> = mk("outer" .. n)
  do
    local inner <close> = mk("inner" .. n)
    if n == 2 then
      print("breaking at", n)
      break
    end
  end
  print("end of iteration", n)
end
print("after loop", table.concat(log, ","))
-- empty while body iterations never create the variable
local k = 5
while k < 5 do
  local z <close> = mk("never")
end
print("done", #log)
