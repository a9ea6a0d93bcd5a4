-- error inside a table.sort comparator
local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25},
  {name = "cy", age = 40}, {name = "dee"},
}
local function by_age(a, b)
  if a.age == nil or b.age == nil then
    error("missing age for " .. (a.age and b.name or a.name))
  end
  return a.age < b.age
end
local function sorted(list)
  table.sort(list, by_age)
  return list
end
local first3 = {people[1], people[2], people[3]}
for _, p in ipairs(sorted(first3)) do print(p.name) end
sorted(people)
