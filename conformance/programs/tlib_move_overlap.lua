-- table.move handles overlapping ranges in both directions
local function seq(n) local t = {} for i = 1, n do t[i] = i end return t end
local t = seq(10)
table.move(t, 1, 5, 3)
print(table.concat(t, " "))
t = seq(10)
table.move(t, 3, 10, 1)
print(table.concat(t, " "))
t = seq(5)
table.move(t, 1, 5, 1)
print(table.concat(t, " "))
t = seq(5)
table.move(t, 2, 1, 1)
print(table.concat(t, " "))
t = seq(6)
table.move(t, 1, 6, 7)
print(#t, table.concat(t, " "))
local function insert_at(tb, pos, v)
  table.move(tb, pos, #tb, pos + 1)
  tb[pos] = v
end
t = seq(4)
insert_at(t, 2, "x")
insert_at(t, 1, "y")
print(table.concat(t, " "))
local function remove_at(tb, pos)
  local v = tb[pos]
  table.move(tb, pos + 1, #tb + 1, pos)
  return v
end
print(remove_at(t, 1), table.concat(t, " "))
