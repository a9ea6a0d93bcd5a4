-- load called many times in a loop, building functions from strings
local fns = {}
for i = 1, 2000 do
  fns[i] = load("local x = ... return x * " .. i .. " + " .. (i % 7))
end
local sum = 0
for i = 1, #fns do
  sum = sum + fns[i](2)
end
print(#fns, sum)
print(fns[1](10), fns[2000](1), fns[777](3))
-- each load produces a distinct function
print(rawequal(fns[1], fns[2]))
local a = load("return 1")
local b = load("return 1")
print(rawequal(a, b), a() == b())
-- chunks that define globals named after the index
for i = 1, 50 do
  load("g_" .. i .. " = " .. i * i)()
end
local s = 0
for i = 1, 50 do s = s + _G["g_" .. i] end
print(s)
-- syntax errors in a loop
local errs = 0
for i = 1, 300 do
  local f, e = load("return " .. string.rep("(", i % 4) .. i)
  if not f then errs = errs + 1 end
end
print(errs)
