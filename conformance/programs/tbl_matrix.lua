-- matrices as tables of rows
local function new(r, c, f)
  local m = {}
  for i = 1, r do
    m[i] = {}
    for j = 1, c do m[i][j] = f(i, j) end
  end
  return m
end
local function mul(a, b)
  local r = {}
  for i = 1, #a do
    r[i] = {}
    for j = 1, #b[1] do
      local s = 0
      for k = 1, #b do s = s + a[i][k] * b[k][j] end
      r[i][j] = s
    end
  end
  return r
end
local function show(m)
  for i = 1, #m do print(table.concat(m[i], " ")) end
end
local a = new(2, 3, function(i, j) return i + j end)
local b = new(3, 2, function(i, j) return i * j end)
show(a)
show(b)
show(mul(a, b))
local id = new(3, 3, function(i, j) if i == j then return 1 else return 0 end end)
show(mul(b, new(2, 2, function(i, j) return i == j and 1 or 0 end)))
local t = new(3, 3, function(i, j) return (i - 1) * 3 + j end)
local tr = new(3, 3, function(i, j) return t[j][i] end)
show(tr)
show(mul(t, id))
local p = id
for _ = 1, 5 do p = mul(p, t) end
print(p[1][1], p[3][3])
