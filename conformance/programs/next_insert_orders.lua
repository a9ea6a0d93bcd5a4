-- iteration order of integer keys after different insertion orders
local function keys(t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = k end
  return table.concat(out, " ")
end
local a = {}
for i = 1, 8 do a[i] = i end
print(keys(a))
local b = {}
for i = 8, 1, -1 do b[i] = i end
print(keys(b))
local c = {}
for _, i in ipairs({5, 1, 4, 2, 3}) do c[i] = i end
print(keys(c))
local d = {}
for i = 2, 20, 2 do d[i] = i end
print(keys(d))
local e = {}
e[1] = 1; e[3] = 3; e[2] = 2; e[6] = 6; e[5] = 5; e[4] = 4
print(keys(e))
local f = {}
for i = 1, 5 do f[i * 10] = i end
print(keys(f))
local g = {}
g[-3] = 1; g[-2] = 2; g[-1] = 3; g[0] = 4; g[1] = 5
print(keys(g))
local h = {1, 2, 3}
h[10] = 10; h[4] = 4; h[5] = 5
print(keys(h))
