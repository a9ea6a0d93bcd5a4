-- __concat may return non-strings; the chain continues with that value
local mt = {}
local calls = 0
mt.__concat = function(a, b)
  calls = calls + 1
  local av = type(a) == "table" and "tbl" or tostring(a)
  local bv = type(b) == "table" and "tbl" or tostring(b)
  print("concat", calls, av, bv)
  if calls == 1 then return 42 end
  if calls == 2 then return setmetatable({}, mt) end
  if calls == 3 then return setmetatable({}, mt) end
  if calls == 4 then return 3.5 end
  return true
end
local t = setmetatable({}, mt)
local r1 = t .. "x"
print(r1, math.type(r1))
local r2 = "a" .. t
print(type(r2), getmetatable(r2) == mt)
local r3 = "x" .. r2 .. "y"
print(r3, math.type(r3))
print(t .. t)
local n = setmetatable({}, {__concat = function(a, b) return 7 end})
print(("p" .. n) + 1)
print(n .. n, type(n .. 1))
