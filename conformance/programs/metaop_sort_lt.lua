-- table.sort of objects with __lt and no comparator
local P = {}
P.__index = P
P.__lt = function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end
P.__tostring = function(p) return p.name .. "(" .. p.age .. ")" end
local function new(name, age) return setmetatable({name = name, age = age}, P) end
local list = {new("eve", 31), new("bob", 25), new("amy", 31), new("dan", 19),
              new("cat", 25), new("fay", 40), new("gus", 19), new("hal", 33)}
table.sort(list)
local out = {}
for i, p in ipairs(list) do out[i] = tostring(p) end
print(table.concat(out, " "))
local big = {}
for i = 1, 300 do big[i] = new("n" .. string.rep("0", 3 - #tostring((i * 37) % 300)) .. (i * 37) % 300, (i * 7) % 50) end
table.sort(big)
local ok = true
for i = 2, #big do if big[i] < big[i - 1] then ok = false end end
print("sorted", ok, tostring(big[1]), tostring(big[300]))
table.sort(list, function(a, b) return b < a end)
print(tostring(list[1]), tostring(list[#list]))
