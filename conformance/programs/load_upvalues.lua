-- a loaded chunk has exactly one upvalue, _ENV; locals of the caller are invisible
local secret = "local of the caller"
local f = load("return secret")
print(f())
secret_global = "a global"
print(load("return secret_global")())
-- the chunk's locals become upvalues of functions it creates
local make = load([[
  local total = 0
  local function add(n) total = total + n return total end
  local function get() return total end
  return add, get
]])
local add, get = make()
add(5) add(10)
print(get())
local add2, get2 = make()
add2(1)
print(get(), get2())
-- nested functions several levels deep
local deep = load([[
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function() a = a + 1 return a + b + c end
    end
  end
]])()()()
print(deep(), deep(), deep())
-- a chunk passed values through varargs and capturing them
local bind = load("local x, y = ... return function(z) return x .. y .. z end")
local fn = bind("a", "b")
print(fn("c"), fn("d"))
-- _ENV captured by a nested function equals the chunk's env
local env = {}
local getenv = load("return function() return _ENV end", "=e", "t", env)()
print(rawequal(getenv(), env))
