-- a weak-values table loses the values nothing else holds; strings, numbers and booleans stay
local cache = setmetatable({}, { __mode = "v" })
local keep = {}
for i = 1, 10 do
  local t = { i }
  cache[i] = t
  if i % 2 == 0 then keep[#keep + 1] = t end
end
cache.name = "a string value"
cache.n = 42
cache.flag = true
cache.fn = function() end
collectgarbage()
local alive = 0
for i = 1, 10 do if cache[i] ~= nil then alive = alive + 1 end end
print(alive, cache.name, cache.n, cache.flag, cache.fn)
keep = nil
collectgarbage()
local left = 0
for k, v in pairs(cache) do left = left + 1 end
print(left)
