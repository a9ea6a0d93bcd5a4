-- labels at the end of blocks, with and without following statements
local function classify(n)
  local r
  if n < 0 then r = "neg"; goto done end
  if n == 0 then r = "zero"; goto done end
  r = "pos"
  ::done::
  return r
end
print(classify(-5), classify(0), classify(7))
local function first_even(t)
  for i = 1, #t do
    if t[i] % 2 == 0 then
      goto found
    end
    goto continue
    ::found::
    do return i, t[i] end
    ::continue::
  end
  return nil
end
print(first_even({1, 3, 4, 5}))
print(first_even({1, 3}))
do
  goto e
  print("skipped")
  ::e::
end
print("after")
do ::empty:: end
print("end")
