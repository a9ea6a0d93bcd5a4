-- "1" and 1 are different keys; "1.0" and 1.0 too
local t = {}
t[1] = "int"
t["1"] = "str"
print(t[1], t["1"])
t["1.0"] = "str float"
print(t[1.0], t["1.0"])
t[10] = "ten"
print(t["10"], t[10])
print(t[tonumber("10")], t[tostring(10)])
t[tostring(2)] = "two as string"
print(t[2], t["2"])
print(#t)
local s = "3"
t[s + 0] = "coerced"
print(t[3], t["3"])
t[s .. ""] = "concat"
print(t[3], t["3"])
local keys = 0
for k, v in pairs(t) do
  if type(k) == "string" then keys = keys + 1 end
end
print("string keys", keys)
local ints = 0
for k in pairs(t) do if math.type(k) == "integer" then ints = ints + 1 end end
print("integer keys", ints)
