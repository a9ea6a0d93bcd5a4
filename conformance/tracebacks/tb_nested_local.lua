-- error() with a string, raised three local functions deep
local function inner(x)
  if x > 2 then
    error("inner failed with " .. x)
  end
  return x
end
local function middle(x)
  local y = inner(x + 1)
  return y * 2
end
local function outer(x)
  local r = middle(x)
  return r
end
print(outer(0))
print(outer(5))
