-- dropping the only reference to a big structure lets a full collection free it
local big = {}
for i = 1, 20000 do big[i] = { i, tostring(i) } end
collectgarbage()
local with = collectgarbage("count")
big = nil
collectgarbage()
local without = collectgarbage("count")
print(with > without, with - without > 500)
local again = {}
for i = 1, 20000 do again[i] = "s" .. i end
print(#again, again[20000])
