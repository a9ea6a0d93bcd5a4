-- Comparators that change the table being sorted: Lua's sort writes the values it read
-- before each comparison, so the outcome is fixed by the algorithm, in every engine.
local t = {3, 1, 2}
local first = true
table.sort(t, function(a, b)
  if first then first = false; t[1] = 100 end
  return a < b
end)
print(t[1], t[2], t[3])
local u = {}
for i = 1, 40 do u[i] = (i * 37) % 41 end
local calls = 0
table.sort(u, function(a, b)
  calls = calls + 1
  if calls % 7 == 0 then u[(calls % 40) + 1] = calls % 41 end
  return a < b
end)
print(table.concat(u, " "))
local grow = {5, 4, 3, 2, 1}
table.sort(grow, function(a, b)
  for k = 1, 8 do grow[#grow + 1] = k end
  return (a or 0) < (b or 0)
end)
print(#grow, grow[1], grow[5])
