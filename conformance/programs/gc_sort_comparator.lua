-- a comparator that allocates (collections run during the sort) and one that empties the
-- table as it goes: the values being sorted stay alive
local t = {}
for i = 1, 300 do t[i] = { key = (i * 37) % 301, name = "e" .. i } end
table.sort(t, function(a, b)
  local tmp = { a.key, b.key, a.name .. b.name }
  return tmp[1] < tmp[2]
end)
local ok = true
for i = 2, #t do if t[i - 1].key > t[i].key then ok = false end end
print(ok, t[1].key, t[#t].key)
local u = {}
for i = 1, 50 do u[i] = { i } end
local seen = 0
local ok2 = true
table.sort(u, function(a, b)
  seen = seen + 1
  if seen == 10 then
    for i = 1, #u do u[i] = false end
    collectgarbage()
  end
  return type(a) == "table" and type(b) == "table" and a[1] > b[1]
end)
local tables = 0
for i = 1, 50 do if type(u[i]) == "table" then tables = tables + u[i][1] end end
print(tables >= 0, ok2)
