-- operands that are copied before a later call runs: call arguments, upvalues,
-- globals, method receivers, concatenation operands, unary results
local q = 1
local function f() q = 10 return 0 end
local function g(a, b) return a + b end
print(g(q, f()))
local u = 1
local function setu() u = 10 return 0 end
local function readu() return u + setu() end
print(readu(), u)
G = 1
local function h() G = 10 return 0 end
print(G + h(), G)
local s = "abc"
local function hs() s = "XYZ" return 2 end
print(s:rep(hs()), s)
local t = "q"
local function k() t = "T" return "!" end
print(t .. k(), t)
local n = 1
local function m() n = 100 return 1 end
print(-n + m(), n)
local fn = function(x) return "old " .. x end
local function swap() fn = function(x) return "new " .. x end return 1 end
print(fn(swap()), fn(2))
local function mk()
  local v = 2
  local function set(x) v = x return 1 end
  return function() return v * set(7) + v end
end
print(mk()())
