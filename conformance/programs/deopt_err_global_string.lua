-- a global used in hot arithmetic becomes a non-numeric string
gv = 1
local function f(i)
  if i == 5000 then gv = "x" end
  return i + gv
end
for i = 1, 6000 do f(i) end
