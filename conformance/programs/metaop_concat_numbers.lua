-- __concat receives numbers unconverted (integer vs float kept)
local mt = {}
local function s(v)
  if type(v) == "table" then return "T" end
  return (math.type(v) or type(v)) .. "=" .. tostring(v)
end
mt.__concat = function(a, b) return s(a) .. "|" .. s(b) end
local t = setmetatable({}, mt)
print(t .. 1)
print(2 .. t)
print(t .. 1.0)
print(-0.5 .. t)
print(t .. math.maxinteger)
print(1e100 .. t)
print(t .. "3")
print(1 .. 2 .. "" .. 3.0)
