-- zero and negative integer keys live outside the array sequence
local t = {}
t[0] = "zero"
t[-1] = "m1"
t[-100] = "m100"
print(t[0], t[-1], t[-100])
print(#t)
t[1] = "one"
print(#t)
local sum = 0
for i = -100, 1 do
  if t[i] ~= nil then sum = sum + 1 end
end
print("present", sum)
for i, v in ipairs(t) do print("ipairs", i, v) end
t[math.mininteger] = "min"
t[math.maxinteger] = "max"
print(t[math.mininteger], t[math.maxinteger])
print(t[math.maxinteger + 0.0])
print(#t)
local cnt = 0
for k, v in pairs(t) do cnt = cnt + 1 end
print("count", cnt)
t[0] = nil
t[-1] = nil
cnt = 0
for k, v in pairs(t) do cnt = cnt + 1 end
print("count", cnt)
