-- calling a missing method on a string indexes the string table and fails
function string.ok(s) return "ok:" .. s end
print(("a"):ok(), ("b"):upper())
print(("x").len == string.len, ("x").nosuch)
local s = "text"
print(s:sub(1, 2))
print(s:nosuch())
