-- %f frontier patterns
local s = "THE (quick) fox, the end"
print(s:gsub("%f[%a]%a+", "W"))
print(s:gsub("%f[%a]%a+%f[%A]", "W"))
print(s:find("%f[%a]the%f[%A]"))
print(s:find("%f[%w]%w+", 5))
for w in s:gmatch("%f[%a]%a+") do io.write(w, "|") end print()
-- frontier at the start and end of subject (\0 before/after)
print(("abc"):find("%f[%a]"), ("abc"):find("%f[%A]"))
print(("abc"):find("%f[%z]"))
print(("abc"):find("%f[%Z]"))
print(("THE (quick) fox"):gsub("%f[%a]%u+%f[%A]", "up"))
-- word boundary replace vs plain replace
local t = "cat concat cat's bobcat"
print(t:gsub("cat", "dog"))
print(t:gsub("%f[%w]cat%f[%W]", "dog"))
-- frontier with sets
print(("aaa111bbb"):gsub("%f[%d]", "<"))
print(("aaa111bbb"):gsub("%f[%D]", ">"))
print(("x  y"):gsub("%f[%s]", "|"))
print(("THE END"):find("%f[%l]"))
print(("one two"):match("%f[%a](%a+)$"))
