-- a local named like a library shadows it; a global can replace it
local string = {upper = function(s) return "mine:" .. s end}
print(string.upper("a"))
do
  local math = {pi = 3}
  print(math.pi)
end
print(math.pi > 3)
table = {concat = function() return "replaced" end}
print(table.concat({"a", "b"}))
