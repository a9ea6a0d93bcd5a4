-- while loops and break
local i = 0
while i < 5 do
  i = i + 1
end
print("i", i)
local n = 0
while true do
  n = n + 1
  if n >= 7 then break end
end
print("n", n)
local count = 0
while false do count = count + 1 end
print("count", count)
local a, b = 0, 1
while b < 1000 do a, b = b, a + b end
print("fib", a, b)
local j = 10
while j > 0 do
  j = j - 3
  if j == 4 then print("j hit 4") end
end
print("j", j)
local s = ""
local k = 0
while k < 3 do
  local inner = k * 10
  s = s .. inner .. ","
  k = k + 1
end
print(s)
