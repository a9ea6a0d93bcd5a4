-- an error on the last iteration of a hot loop
local function check(i, limit)
  if i == limit then error("failed at iteration " .. i) end
  return i % 7
end
local function hot(limit)
  local acc = 0
  for i = 1, limit do
    acc = acc + check(i, limit)
  end
  return acc
end
print(pcall(hot, 10000))
local function driver()
  local s = hot(10000)
  return s
end
driver()
