-- error in a generic-for iterator function
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i > n then return nil end
    if i == 4 then error("iterator broke at " .. i) end
    return i
  end
end
for v in range(3) do print(v) end
local function consume()
  for v in range(10) do print("got", v) end
end
consume()
