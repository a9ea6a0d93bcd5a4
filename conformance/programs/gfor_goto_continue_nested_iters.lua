-- goto continue inside generic for over closures
local function range(a, b)
  local i = a - 1
  return function() i = i + 1; if i <= b then return i end end
end
local out = {}
for i in range(1, 6) do
  for j in range(1, 6) do
    if (i + j) % 3 ~= 0 then goto continue end
    if j < i then goto continue end
    out[#out + 1] = i .. "+" .. j
    ::continue::
  end
end
print(table.concat(out, " "))
local s = 0
for k, v in ipairs({4, -2, 7, -9, 1}) do
  if v < 0 then goto skip end
  s = s + v * k
  ::skip::
end
print(s)
