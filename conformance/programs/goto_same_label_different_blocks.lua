-- the same label name in sibling and nested functions
local out = {}
for i = 1, 3 do
  if i == 2 then goto continue end
  out[#out + 1] = "a" .. i
  ::continue::
end
for i = 1, 3 do
  if i == 1 then goto continue end
  out[#out + 1] = "b" .. i
  ::continue::
end
print(table.concat(out, " "))
local function f()
  local r = {}
  for i = 1, 4 do
    if i % 2 == 0 then goto continue end
    r[#r + 1] = i
    ::continue::
  end
  return table.concat(r, ",")
end
::continue::
print(f())
do
  do goto x end
  ::x::
  print("inner x")
end
do ::x:: print("sibling x") end
