-- table.concat with a boolean element
local flags = {"on", "off"}
print(table.concat(flags, "/"))
flags[#flags + 1] = "auto"
print(table.concat(flags, "/"))
print(#flags)
local mixed = {"x", 1, 2.5}
print(table.concat(mixed, "|"))
mixed[2] = true
print(mixed[1], mixed[2], mixed[3])
print("concat")
print(table.concat(mixed, "|"))
print("unreachable")
