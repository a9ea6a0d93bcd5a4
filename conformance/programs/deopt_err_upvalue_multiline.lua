-- a hot function's upvalue becomes nil; the error is in a multi-line expression
local up = 5
local function f(a, i)
  local r = 0
  if i == 5000 then up = nil end
  r = r + a * 2
  r = r +
      up
  return r
end
local s = 0
for i = 1, 6000 do s = s + f(i, i) end
