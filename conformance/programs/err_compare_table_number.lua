-- comparing a table with a number
local scores = {10, 20, {30}}
local best = 0
for i = 1, 2 do
  if scores[i] > best then best = scores[i] end
  print("best", best)
end
print(type(scores[3]))
print(#scores)
print("comparing element 3")
if scores[3] > best then best = scores[3] end
print("unreachable")
