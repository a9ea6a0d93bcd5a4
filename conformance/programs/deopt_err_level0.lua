-- error with level 0 (no position) raised from a hot function
local function f(i)
  if i == 4000 then error("nolevel", 0) end
  return i
end
for i = 1, 6000 do f(i) end
