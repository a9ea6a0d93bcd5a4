-- interleaved inserts and removes
local t = {}
for i = 1, 20 do
  if i % 3 == 0 then
    table.remove(t, 1)
  else
    table.insert(t, i)
  end
end
print(#t, table.concat(t, " "))
for i = 1, 5 do table.insert(t, math.floor(#t / 2) + 1, -i) end
print(table.concat(t, " "))
while #t > 10 do table.remove(t, math.floor(#t / 2)) end
print(table.concat(t, " "))
local q = {}
local out = {}
for i = 1, 10 do
  table.insert(q, i)
  if i % 2 == 0 then out[#out + 1] = table.remove(q, 1) end
end
print(table.concat(out, " "), "|", table.concat(q, " "))
local rev = {}
for _, v in ipairs({"a", "b", "c", "d"}) do table.insert(rev, 1, v) end
print(table.concat(rev))
