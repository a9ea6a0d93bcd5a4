-- arithmetic on a missing field inside a loop
local stats = {{count = 1}, {count = 2}, {cnt = 3}}
local total = 0
for i = 1, #stats do
  print("row", i)
  total = total + stats[i].count
  print("total", total)
end
print("unreachable")
print(total)
print(#stats)
