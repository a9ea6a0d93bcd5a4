-- integer keys that never form a sequence stay in the hash part
local function keys(t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = k end
  return table.concat(out, " ")
end
local t = {}
t[100] = 1; t[200] = 2; t[300] = 3
print(keys(t))
local u = {}
for i = 1, 5 do u[-i] = i end
print(keys(u))
local w = {}
w[7] = 1; w[14] = 2; w[21] = 3; w[28] = 4
print(keys(w))
local z = {}
z[0] = "z"
print(keys(z))
z[1] = "o"
print(keys(z))
