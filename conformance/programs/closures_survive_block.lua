-- upvalues stay alive after their block ends
local f
do
  local hidden = "secret"
  f = function() return hidden end
end
print(f())
local g, h
do
  local n = 10
  g = function() n = n + 1 return n end
  h = function() return n end
end
print(g(), g(), h())
local function outer()
  local v = "from outer"
  return function() return v end
end
local inner = outer()
print(inner())
local get
if true then
  local cond_local = 123
  get = function() return cond_local end
end
print(get())
local saved
local i = 0
while i < 1 do
  local loop_local = "loop " .. i
  saved = function() return loop_local end
  i = i + 1
end
print(saved())
