-- # of fields, nested tables and expressions
local t = {list = {1, 2, 3}, inner = {deep = {4, 5, 6, 7}}}
print(#t.list, #t.inner.deep, #t)
print(#t.list + #t.inner.deep)
print(-#t.list, #t.list * 2)
local function get() return {1, 2, 3, 4, 5, 6} end
print(#get())
print(#{get()})
print(#{get(), get()})
print(#{(get())})
local s = "hello"
print(#s, #(s .. s))
local arr = {"x", "yy", "zzz"}
local total = 0
for i = 1, #arr do total = total + #arr[i] end
print(total)
print(#arr[#arr])
local m = {{1}, {1, 2}, {1, 2, 3}}
for i = 1, #m do io.write(#m[i], " ") end
print()
print(2 ^ #m, #m == 3)
