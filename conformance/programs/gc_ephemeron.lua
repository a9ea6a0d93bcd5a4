-- ephemerons: a value that refers to its own key does not keep the key alive
local et = setmetatable({}, { __mode = "k" })
do
  for i = 1, 5 do
    local k = {}
    et[k] = { back = k, i = i }
  end
end
local held = {}
et[held] = { back = held, i = 99 }
collectgarbage()
local n = 0
for k, v in pairs(et) do n = n + 1 assert(v.back == k) end
print(n, et[held].i)
-- a chain: a key reachable only through another live entry's value stays
local chain = setmetatable({}, { __mode = "k" })
local a = {}
local b = {}
chain[a] = b
chain[b] = { "end of chain" }
b = nil
collectgarbage()
local count = 0
for _ in pairs(chain) do count = count + 1 end
print(count, chain[chain[a]][1])
