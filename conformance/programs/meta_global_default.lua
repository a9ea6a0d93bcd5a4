-- _G with __index defaults and __newindex redirect into a separate store
local store = {}
local reads = 0
setmetatable(_G, {
  __index = function(_, k) reads = reads + 1; local v = store[k]; if v == nil then return "<" .. k .. ">" end; return v end,
  __newindex = store,
})
x = 10
y = 20
print(x, y, rawget(_G, "x"), store.x)
print(undefined_one, reads)
local total = 0
for i = 1, 5 do
  counter = (counter == "<counter>" and 0 or counter) + i
  total = total + counter
end
print(counter, total, store.counter, reads)
_G.direct = "via _G field"
print(direct, store.direct, rawget(_G, "direct"))
rawset(_G, "rawglobal", 1)
rawglobal = 2
print(rawglobal, store.rawglobal)
