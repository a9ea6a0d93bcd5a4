-- a proxy table forwarding reads, writes, length and pairs to a hidden table
local function proxy(target, log)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. tostring(k) return target[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k) target[k] = v end,
    __len = function() return #target end,
    __pairs = function() log[#log + 1] = "pairs" return next, target, nil end,
  })
end
local log = {}
local data = {1, 2, 3, name = "d"}
local p = proxy(data, log)
p[4] = 4
p.extra = "e"
print(#p, p[2], p.name, rawget(p, 1), rawlen(p))
local keys = {}
for k, v in pairs(p) do keys[#keys + 1] = tostring(k) .. ":" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local s = 0
for i, v in ipairs(p) do s = s + v end
print("ipairs sum", s)
print(next(p))
print(table.concat(log, ", "))
local nested = proxy(p, {})
local c = 0
for k, v in pairs(nested) do c = c + 1 end
print("nested pairs count", c)
