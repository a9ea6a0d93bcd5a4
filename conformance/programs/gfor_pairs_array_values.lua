-- pairs and ipairs over arrays give the same sequence
local t = {}
for i = 1, 20 do t[i] = i * i end
local a, b = {}, {}
for k, v in pairs(t) do a[#a + 1] = k .. "=" .. v end
for k, v in ipairs(t) do b[#b + 1] = k .. "=" .. v end
print(table.concat(a, " ") == table.concat(b, " "))
print(table.concat(a, " ", 1, 5))
local s1, s2 = 0, 0
for _, v in pairs(t) do s1 = s1 + v end
for _, v in ipairs(t) do s2 = s2 + v end
print(s1, s2)
local m = {"x", "y", "z", n = 3}
local cnt = 0
for k, v in pairs(m) do cnt = cnt + 1 end
print(cnt)
local icnt = 0
for k, v in ipairs(m) do icnt = icnt + 1 end
print(icnt)
local strs = {}
for k, v in pairs({"q", "w", "e"}) do strs[k] = string.upper(v) end
print(table.concat(strs))
