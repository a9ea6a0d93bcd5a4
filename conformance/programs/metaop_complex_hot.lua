-- a complex number class: integer and float parts through all arithmetic events in hot loops
local C = {}
local function cx(r, i) return setmetatable({r = r, i = i}, C) end
local function lift(v) if type(v) == "number" then return cx(v, 0) end return v end
C.__add = function(a, b) a, b = lift(a), lift(b); return cx(a.r + b.r, a.i + b.i) end
C.__sub = function(a, b) a, b = lift(a), lift(b); return cx(a.r - b.r, a.i - b.i) end
C.__mul = function(a, b)
  a, b = lift(a), lift(b)
  return cx(a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r)
end
C.__pow = function(a, n) local r = cx(1, 0); for _ = 1, n do r = r * a end; return r end
C.__unm = function(a) return cx(-a.r, -a.i) end
C.__eq = function(a, b) return a.r == b.r and a.i == b.i end
C.__tostring = function(a) return a.r .. (a.i < 0 and "" or "+") .. a.i .. "i" end
local z = cx(0, 0)
local count = 0
for k = 1, 25000 do
  local c = cx((k % 17) - 8, (k % 5) - 2)
  z = cx(0, 0)
  for _ = 1, 3 do z = z * z + c end
  if z.r > 0 then count = count + 1 end
end
print(count, tostring(z))
local i = cx(0, 1)
print(tostring(i ^ 2), tostring(i ^ 4), tostring(1 + i), tostring(i - 1))
print(tostring(cx(1.5, -2) * 2), i ^ 4 == cx(1, 0), -i == cx(0, -1))
