-- a constructor creates a new table each time it runs
local list = {}
for i = 1, 3 do list[i] = {i} end
print(list[1] == list[2], list[1][1], list[3][1])
local function make() return {} end
print(make() == make())
local cache = {}
for i = 1, 3 do
  local t = {value = i}
  cache[#cache + 1] = t
end
cache[1].value = 100
print(cache[1].value, cache[2].value, cache[3].value)
local shared = {}
local pair = {shared, shared}
pair[1].x = 5
print(pair[2].x, pair[1] == pair[2])
local rows = {}
for i = 1, 4 do rows[i] = {i, i * i, {i}} end
rows[2][3][1] = "changed"
print(rows[2][3][1], rows[3][3][1])
local function adder(n) return {add = function(x) return x + n end} end
local a5, a7 = adder(5), adder(7)
print(a5.add(1), a7.add(1), a5 == a7)
