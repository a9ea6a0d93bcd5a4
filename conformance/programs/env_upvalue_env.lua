-- closures capture _ENV like any other local
local function make(env)
  local _ENV = env
  return function() return greeting .. ", " .. name end,
         function(n) name = n end
end
local e = {greeting = "hello", name = "world"}
local get, set = make(e)
print(get())
set("lua")
print(get(), e.name)
e.greeting = "bye"
print(get())
local f
do
  local _ENV = {k = 1}
  f = function() k = k + 1; return k end
end
print(f(), f(), f())
print(k)
local function counter_env()
  local _ENV = {n = 0}
  return function() n = n + 1; return n end
end
local c1, c2 = counter_env(), counter_env()
print(c1(), c1(), c2())
