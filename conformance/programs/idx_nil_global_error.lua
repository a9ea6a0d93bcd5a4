-- indexing an undefined global
config = {debug = true}
print(config.debug)
print(config.missing)
local n = 0
for i = 1, 3 do n = n + i end
print(n)
config.level = n * 2
print(config.level)
print(type(settings))
print(settings.debug)
print("unreachable")
