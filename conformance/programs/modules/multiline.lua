-- line 1
local t = {}
for i = 1, 3 do
  t[i] = i
end

local function broken(x)
  return x.y.z
end

return t, broken
