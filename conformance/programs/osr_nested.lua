-- nested loops: OSR may enter at an inner loop while outer state is live
local total = 0
local outer_marks = ""
for i = 1, 100 do
  local row = 0
  for j = 1, 100 do
    local k = 0
    while k < 3 do row = row + i * j + k k = k + 1 end
  end
  total = total + row
  if i % 25 == 0 then outer_marks = outer_marks .. i .. "=" .. total .. " " end
end
print(outer_marks)
print("total", total)
local function grid(w, h)
  local acc = 0
  local y = 0
  repeat
    local x = 0
    while x < w do
      acc = (acc + x * y) % 65521
      x = x + 1
    end
    y = y + 1
  until y == h
  return acc
end
print("grid", grid(300, 40))
local c = 0
for a = 1, 30 do
  for b = a, 30 do
    for d = b, 30 do
      if a * a + b * b == d * d then c = c + 1 io.write(a, ",", b, ",", d, " ") end
    end
  end
end
print()
print("triples", c)
