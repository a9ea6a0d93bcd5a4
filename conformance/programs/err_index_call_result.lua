-- indexing the nil result of a call
local registry = {cat = {sound = "meow"}}
local function find(name) return registry[name] end
print(find("cat").sound)
registry.dog = {sound = "woof"}
print(find("dog").sound)
local r = find("cow")
print(r)
local n = 0
for _ in pairs(registry) do n = n + 1 end
print(n)
print(find("cow").sound)
print("unreachable")
