-- nested tables five levels deep
local t = {a = {b = {c = {d = {e = "deep"}}}}}
print(t.a.b.c.d.e)
t.a.b.c.d.e = "changed"
print(t["a"]["b"]["c"]["d"]["e"])
t.a.b.c.d.f = {1, 2, 3}
print(#t.a.b.c.d.f, t.a.b.c.d.f[3])
local lvl = t
local depth = 0
while type(lvl) == "table" do
  depth = depth + 1
  local nextk = nil
  for _, k in ipairs({"a", "b", "c", "d", "e"}) do
    if lvl[k] ~= nil then nextk = k; break end
  end
  if nextk == nil then break end
  lvl = lvl[nextk]
end
print("depth", depth, lvl)
local m = {}
for i = 1, 5 do
  m[i] = {}
  for j = 1, 5 do m[i][j] = {i, j, {i * j}} end
end
print(m[3][4][1], m[3][4][2], m[3][4][3][1])
m[5][5][3][1] = -1
print(m[5][5][3][1], #m, #m[1], #m[1][1])
local path = {"x", "y", "z", "w", "v"}
local root = {}
local cur = root
for _, k in ipairs(path) do cur[k] = {}; cur = cur[k] end
cur.leaf = 42
print(root.x.y.z.w.v.leaf)
