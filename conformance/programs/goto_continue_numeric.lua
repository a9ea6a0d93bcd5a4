-- continue-style goto in numeric for loops
for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
local s = 0
for i = 1, 100 do
  if i % 3 ~= 0 then goto skip end
  if i % 5 == 0 then goto skip end
  s = s + i
  ::skip::
end
print(s)
for i = 10, 1, -3 do
  if i == 7 then goto next end
  io.write(i, " ")
  ::next::
end
print()
local out = {}
for i = 1, 5 do
  for j = 1, 5 do
    if j > i then goto next_i end
    if (i + j) % 2 == 1 then goto next_j end
    out[#out + 1] = i .. j
    ::next_j::
  end
  ::next_i::
end
print(table.concat(out, " "))
