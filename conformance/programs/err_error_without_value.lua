-- error() with no value raises nil
local ok, v = pcall(error)
print(ok, v, type(v))
print(select('#', pcall(error)))
ok, v = pcall(function() error() end)
print(ok, v)
ok, v = pcall(function() error(nil, 2) end)
print(ok, v)
ok, v = pcall(function() error(nil, 0) end)
print(ok, v)
local function h(e) return "handled " .. tostring(e) end
print(xpcall(error, h))
print(xpcall(function() error() end, h))
local caught = 0
for i = 1, 10 do
  local ok3, e = pcall(error)
  if not ok3 and e == nil then caught = caught + 1 end
end
print("caught", caught)
