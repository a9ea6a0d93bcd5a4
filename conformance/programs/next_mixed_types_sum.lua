-- traversal over mixed keys: only order-independent results are printed
local t = {1, 2, 3, x = 10, y = 20, [2.5] = 100, [true] = 1000, [-7] = 5}
local count, isum, strs = 0, 0, {}
for k, v in pairs(t) do
  count = count + 1
  if type(k) == "string" then strs[#strs + 1] = k .. v
  elseif type(k) == "number" then isum = isum + k * v end
end
table.sort(strs)
print(count, isum, table.concat(strs, ","))
local vsum = 0
for _, v in pairs(t) do vsum = vsum + v end
print(vsum)
local types = {}
for k in pairs(t) do types[type(k)] = (types[type(k)] or 0) + 1 end
print(types.number, types.string, types.boolean)
local prefix = {}
for k, v in pairs(t) do
  if math.type(k) == "integer" and k > 0 and k <= 3 then prefix[#prefix + 1] = k end
end
print(table.concat(prefix, " "))
