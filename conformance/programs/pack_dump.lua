-- string.dump of C functions and bad arguments
print(pcall(string.dump, print))
print(pcall(string.dump, string.pack))
print(pcall(string.dump, string.dump))
print(pcall(string.dump))
print(pcall(string.dump, nil))
print(pcall(string.dump, 42))
print(pcall(string.dump, "x"))
print(pcall(string.dump, {}))
print(pcall(function() local s = string.dump(print); return s end))
print(pcall(function() local s = string.dump(math.floor, true); return s end))
print(select("#", pcall(string.dump, print)))
print(type(string.dump))
-- the error does not disturb later work
local n = 0
for i = 1, 100 do
  if not pcall(string.dump, tostring) then n = n + 1 end
end
print(n)
