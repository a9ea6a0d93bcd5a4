-- modifying a table while iterating it with ipairs
local t = {1, 2, 3}
local n = 0
for i, v in ipairs(t) do
  n = n + 1
  if i == 1 then t[4] = 4 end
  if n > 10 then break end
end
print(n, #t)
local u = {1, 2, 3, 4, 5}
local visits = {}
for i, v in ipairs(u) do
  visits[#visits + 1] = v
  if i == 2 then table.remove(u, 1) end
end
print(table.concat(visits, " "), #u)
local w = {"a", "b", "c"}
for i, v in ipairs(w) do
  w[i] = string.upper(v)
end
print(table.concat(w))
local x = {1, 2, 3, 4}
for i in ipairs(x) do
  if i == 2 then x[3] = nil end
end
print(#x, x[4])
