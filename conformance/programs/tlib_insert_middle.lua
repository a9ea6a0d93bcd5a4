-- table.insert at a position shifts elements up
local t = {"a", "b", "c"}
table.insert(t, 1, "start")
print(table.concat(t, ","))
table.insert(t, 3, "mid")
print(table.concat(t, ","))
table.insert(t, #t + 1, "end")
print(table.concat(t, ","))
table.insert(t, #t, "before end")
print(table.concat(t, ","))
local n = {}
for i = 1, 5 do table.insert(n, 1, i) end
print(table.concat(n, " "))
local e = {}
table.insert(e, 1, "only")
print(#e, e[1])
local sorted = {}
local function insert_sorted(v)
  local pos = #sorted + 1
  for i = 1, #sorted do
    if v < sorted[i] then pos = i; break end
  end
  table.insert(sorted, pos, v)
end
for _, v in ipairs({5, 3, 8, 1, 9, 2, 7}) do insert_sorted(v) end
print(table.concat(sorted, " "))
local f = {1, 2, 3}
table.insert(f, 2.0, "float pos")
print(table.concat(f, " "))
