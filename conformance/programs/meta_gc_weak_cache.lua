-- weak-valued cache with an __index default function (all values kept strongly reachable)
local built = 0
local cache = setmetatable({}, {__mode = "v", __index = function(t, k)
  built = built + 1
  local v = {name = "obj" .. k}
  t[k] = v
  return v
end})
local keep = {}
for i = 1, 5 do keep[i] = cache[i] end
for i = 1, 5 do keep[i + 5] = cache[i] end
print(built, keep[3].name, keep[3] == keep[8], rawequal(cache[2], keep[2]))
print(getmetatable(cache).__mode, rawget(cache, 4) == keep[4])
-- weak-keyed side table storing per-object data with a default
local extra = setmetatable({}, {__mode = "k", __index = function() return "none" end})
local a, b = {}, {}
extra[a] = "data-a"
print(extra[a], extra[b], rawget(extra, b))
local mt = getmetatable(extra)
mt.__mode = "kv"
print(getmetatable(extra).__mode, extra[a])
local count = 0
for k, v in pairs(cache) do count = count + 1 end
print(count, built)
