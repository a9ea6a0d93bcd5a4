-- tracking proxy: empty proxy forwards reads and writes to a private table and logs them
local function track(t)
  local log = {}
  local proxy = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "r:" .. tostring(k); return t[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "w:" .. tostring(k); t[k] = v end,
  })
  return proxy, log
end
local data = {10, 20, x = "ex"}
local p, log = track(data)
print(p[1], p.x, p.nothing)
p[3] = 30
p.x = "new"
p[1] = p[1] + 1
print(data[1], data[3], data.x, rawget(p, 1), rawlen(p), #data)
print(table.concat(log, " "))
-- ipairs goes through __index, pairs/next do not
local seen = {}
for i, v in ipairs(p) do seen[#seen + 1] = i .. "=" .. v end
print(table.concat(seen, " "), next(p))
-- table.concat and table.unpack respect __index on the proxy (length is raw: use explicit bounds)
print(table.concat(p, ",", 1, 3), table.unpack(p, 1, 3))
print(#log)
