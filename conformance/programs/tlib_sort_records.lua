-- sorting records with a secondary key
local people = {
  {name = "eve", age = 30}, {name = "bob", age = 25}, {name = "amy", age = 30},
  {name = "dan", age = 25}, {name = "cat", age = 35}, {name = "fay", age = 20},
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
for i, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end
print()
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age > b.age end
  return a.name > b.name
end)
for i, p in ipairs(people) do io.write(p.name, " ") end
print()
table.sort(people, function(a, b) return a.name < b.name end)
for i, p in ipairs(people) do io.write(p.name, " ") end
print()
local idx = {}
for i = 1, #people do idx[i] = i end
table.sort(idx, function(i, j) return people[i].age * 100 + i < people[j].age * 100 + j end)
print(table.concat(idx, " "))
