-- the generic for's fourth value is a to-be-closed value: closed when the loop ends
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local function range(n, name)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end, nil, nil, mk(name)
end
for i in range(3, "normal") do
  print("iter", i)
end
print("after normal")
for i in range(10, "broken") do
  if i == 2 then print("break at", i) break end
end
print("after break")
-- with a body <close> too: the body closes before the loop's closing value
for i in range(2, "loopval") do
  local b <close> = mk("body" .. i)
end
-- return from inside the loop
local function find(n)
  for i in range(10, "find") do
    if i == n then return "found", i end
  end
  return "none"
end
print(find(4))
-- error inside the loop
print(pcall(function()
  for i in range(5, "erroring") do
    if i == 3 then error("loop error " .. i, 0) end
  end
end))
-- goto out of the loop
for i in range(5, "goto") do
  if i == 2 then goto out end
end
::out::
-- a non-closable fourth value is an error when the loop starts
print(pcall(function()
  for i in next, {}, nil, 42 do end
end))
print("done")
