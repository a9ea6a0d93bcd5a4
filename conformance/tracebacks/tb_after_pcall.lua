-- pcall/xpcall catch errors; a later error outside them is uncaught
local function bad(n) error("bad " .. n) end
print(pcall(bad, 1))
print(xpcall(bad, function(m) return "handled: " .. m end, 2))
local function call_twice(f)
  local ok, e = pcall(f, 3)
  print("pcall:", ok, e)
  return f(4), 0
end
call_twice(bad)
