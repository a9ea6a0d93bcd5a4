-- booleans as keys and values, false values are stored
local t = {}
t[true] = 1
t[false] = 0
print(t[true], t[false], t[1 == 1], t[1 == 2])
t.flag = false
print(t.flag, t.flag == nil, t.flag == false)
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
t.flag = nil
n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
local arr = {false, false, false}
print(#arr, arr[1], arr[4])
arr[2] = nil
print(arr[2], arr[3])
local flags = {}
for i = 1, 10 do flags[i] = i % 2 == 0 end
local evens = 0
for i, v in ipairs(flags) do if v then evens = evens + 1 end end
print(#flags, evens)
print(flags[1] or "default", flags[2] or "default")
local m = {[true] = "T", [false] = "F"}
for _, b in ipairs({true, false, 3 > 2, 3 < 2}) do io.write(m[b], " ") end
print()
