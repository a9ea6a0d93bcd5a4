-- a hot numeric function finally gets nil and must raise with the right name
local function step(x, y)
  local t = x * 2
  return t + y
end
local total = 0
for i = 1, 5000 do
  total = step(i, total % 1000)
end
print("total", total)
local g = 0
for i = 1, 3000 do g = step(i, 1) end
print("g", g)
print("float", step(1.5, 0.25))
print("about to fail")
print(step(1, nil))
