-- a hot function with an inner for loop whose bounds change type
local function count(a, b, step)
  local n = 0
  local last
  for i = a, b, step do n = n + 1 last = i end
  return n .. ":" .. tostring(last)
end
local s = 0
for k = 1, 3000 do s = s + #count(1, k % 20, 1) end
print("warm", s)
print("float start", count(1.0, 5, 1))
print("float step", count(1, 2, 0.25))
print("float limit", count(1, 4.5, 1), count(1, -0.5, 1))
print("neg", count(10, 1, -3), count(10, 1, -2.5))
print("clamp", count(math.maxinteger - 2, math.huge, 1), count(math.mininteger, math.mininteger + 2, 1))
print("huge limit", count(1, 1e300, 1e299))
print("string bound", count("1", 3, 1))
