-- an iterator that traverses keys in sorted order
local function spairs(t, cmp)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, cmp)
  local i = 0
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then return k, t[k] end
  end
end
local ages = {carol = 35, alice = 30, bob = 25, dave = 30}
for name, age in spairs(ages) do print(name, age) end
print("--")
for name, age in spairs(ages, function(a, b)
  if ages[a] ~= ages[b] then return ages[a] < ages[b] end
  return a > b
end) do print(name, age) end
print("--")
for k, v in spairs({[3] = "c", [1] = "a", [2] = "b", [10] = "j"}) do io.write(k, v, " ") end
print()
