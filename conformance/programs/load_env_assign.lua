-- a loaded chunk assigning _ENV only affects that chunk
x = "global x"
local f = load([[
  local saved = _ENV
  _ENV = { x = "private x" }
  local r = x
  y = "written privately"
  local t = _ENV
  _ENV = saved
  return r, t.y, y
]])
print(f())
print(x, y)
-- a second call starts again with the original _ENV
print(f())
-- a local _ENV declared in the chunk
local g = load([[
  local _ENV = { z = 3 }
  w = z * 2
  return w, _ENV
]])
local w, tbl = g()
print(w, tbl.w, rawget(_G, "w"))
-- functions created after the assignment capture the new value
local h = load([[
  local print = print
  _ENV = { a = "inner a" }
  return function() return a end
]])
local getter = h()
a = "outer a"
print(getter(), a)
-- the original env of other chunks is untouched
print(load("return x")())
