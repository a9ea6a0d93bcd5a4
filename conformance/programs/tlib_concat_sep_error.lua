-- table.concat with a table separator
local t = {"a", "b"}
print(table.concat(t, "-"))
print(table.concat(t, 5))
print(table.concat(t, ""))
print(table.concat(t, nil))
local seps = {", ", " | "}
for _, s in ipairs(seps) do print(table.concat(t, s)) end
print("table as separator")
print(table.concat(t, seps))
print("unreachable")
