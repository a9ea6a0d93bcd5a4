-- a memoizing cache with weak values in hot code: entries die with their last user, in every tier
local cache = setmetatable({}, { __mode = "v" })
local function get(i)
  local v = cache[i]
  if not v then
    v = { i * i }
    cache[i] = v
  end
  return v
end
local users = {}
for round = 1, 50 do
  for i = 1, 200 do
    local v = get(i)
    if i <= 10 then users[i] = v end
  end
end
collectgarbage()
local alive = 0
for k in pairs(cache) do alive = alive + 1 end
print(alive, users[3][1])
