-- a local whose block has ended holds nothing at a full collection (as Lua's registers)
local weak = setmetatable({}, { __mode = "k" })
do local k = {} weak[k] = true end
for i = 1, 3 do local t = {} weak[t] = i end
local function f()
  local inner = {}
  weak[inner] = "f"
end
f()
while true do local w = {} weak[w] = "while" break end
repeat local r = {} weak[r] = "repeat" until r
collectgarbage()
local n = 0
for _ in pairs(weak) do n = n + 1 end
print(n)
local before = collectgarbage("count")
do
  local big = {}
  for i = 1, 10000 do big[i] = {} end
end
collectgarbage()
print(collectgarbage("count") < before + 50)
local alive = {}
weak[alive] = "alive"
collectgarbage()
print(weak[alive])
