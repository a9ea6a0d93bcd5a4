-- string.rep (as a method) gets a non-integral count after being hot
local function f(x)
  return ("abc"):rep(x)
end
local t = 0
for i = 1, 6000 do t = t + #f(i % 5) end
print(t)
print(#f(2.0))
f(2.5)
