-- equality speculated on one type then used across types (no coercion)
local function eq(a, b) return a == b end
local function ne(a, b) return a ~= b end
local c = 0
for i = 1, 4000 do
  if eq(i % 10, 3) then c = c + 1 end
  if ne(i, i) then c = c + 100 end
end
print("c", c)
print("int float", eq(1, 1.0), eq(2^53, 2^53 + 1), eq(math.maxinteger, 2^63), eq(math.maxinteger + 0.0, 2^63))
print("string num", eq("1", 1), eq(1, "1"), ne("1", 1), eq("a", "a"), eq("a" .. "b", "ab"))
print("nil bool", eq(nil, false), eq(nil, nil), eq(false, false), ne(true, 1))
print("nan", eq(0/0, 0/0), ne(0/0, 0/0))
print("zero", eq(0.0, -0.0), eq(0, -0.0))
print("functions", eq(eq, eq), eq(eq, ne), eq(print, print))
local n = 0
for i = 1, 3000 do
  local v = (i % 3 == 0) and tostring(i) or i
  if eq(v, i) then n = n + 1 end
end
print("n", n)
