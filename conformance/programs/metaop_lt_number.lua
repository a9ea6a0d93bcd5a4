-- comparing a table with numbers and strings through __lt / __le
local mt = {}
local function s(v) return type(v) == "table" and "T" .. v.v or type(v) .. ":" .. tostring(v) end
mt.__lt = function(a, b)
  print("  lt", s(a), s(b))
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return x < y
end
mt.__le = function(a, b)
  print("  le", s(a), s(b))
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return x <= y
end
local t = setmetatable({v = 10}, mt)
print(t < 20, 20 < t)
print(t > 5, 5 > t)
print(t <= 10, 10.0 >= t)
print(t < 10.5, 3 <= t)
print(not (t < 0), 0 >= t)
