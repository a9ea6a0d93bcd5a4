-- error with level 2 raised from a hot callee
local function f(i)
  if i == 4000 then error("custom " .. i, 2) end
  return i
end
local function g(i) return f(i) + 1 end
for i = 1, 6000 do g(i) end
