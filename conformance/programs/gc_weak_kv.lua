-- "kv" tables hold neither keys nor values
local both = setmetatable({}, { __mode = "kv" })
local k1, v1 = {}, {}
both[k1] = v1
both[{}] = v1
both.x = nil
both.s = {}
both[1] = {}
both[2] = "kept string"
collectgarbage()
local n = 0
for k, v in pairs(both) do n = n + 1 end
print(n, both[k1] == v1, both[2])
v1 = nil
collectgarbage()
print(both[k1], both[2])
