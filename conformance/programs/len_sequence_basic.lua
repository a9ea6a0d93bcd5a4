-- # on proper sequences
print(#{})
print(#{1})
print(#{1, 2, 3})
print(#{"a", "b", "c", "d", "e"})
local t = {}
for i = 1, 17 do
  t[i] = i
  io.write(#t, " ")
end
print()
for i = 17, 1, -1 do
  t[i] = nil
  io.write(#t, " ")
end
print()
print(#t)
local s = {n = 3, x = "y"}
print(#s)
s[1] = 1
print(#s)
local l = {false, false}
print(#l)
print(#{{}, {}, {}})
print(#{nil})
print(#{nil, nil})
print(#"abc", #"")
