local function f() return 1 end
local f = function() return f() + 1 end
print(f())
local function g(n) return n end
do
  local function g(n) if n > 0 then return g(n - 1) + 10 end return 0 end
  print(g(3))
end
print(g(3))
local h = 5
local function h2() return h end
local h = 6
print(h2(), h)
local caps = ""
local getters_a, getters_b
local i = 0
repeat
  i = i + 1
  local x = i * i
  if i == 2 then getters_a = function() return x end end
  if x > 10 then
    getters_b = function() x = x + 1 return x end
    break
  end
until x > 100
print(i, getters_a(), getters_b(), getters_b())
local r
for j = 10, 1, -3 do
  local jj = j
  r = function() return j + jj end
  if j < 5 then break end
end
print(r())
-- closure created in until expression itself
local cnt = 0
local fun
repeat
  local lv = cnt
  cnt = cnt + 1
until (function() fun = function() return lv end return lv >= 2 end)()
print(cnt, fun())
-- upvalue survives function return and shared by siblings
local function pair()
  local v = 0
  local function a() v = v + 1 return v end
  local function b() v = v * 10 return v end
  return function(which) if which then return a() end return b() end
end
local p1, p2 = pair(), pair()
print(p1(true), p1(false), p2(true), p1(true), p2(false))
-- deep nesting of upvalue through 5 levels, with intermediate shadowing
local z = "outer"
local function l1()
  local function l2()
    local z = z .. "+l2"
    local function l3()
      local function l4()
        return function() z = z .. "!" return z end
      end
      return l4()
    end
    return l3()
  end
  return l2()
end
local fz = l1()
print(fz(), fz(), z)
