-- a weak-keys table drops entries whose keys are unreachable; values are kept while their key is
local props = setmetatable({}, { __mode = "k" })
local objs = {}
for i = 1, 6 do
  local o = { id = i }
  objs[i] = o
  props[o] = { label = "obj" .. i }
end
props["str"] = "string keys stay"
props[7] = "number keys stay"
objs[2], objs[4], objs[6] = nil, nil, nil
collectgarbage()
local n, ids = 0, {}
for k, v in pairs(props) do
  n = n + 1
  if type(k) == "table" then ids[#ids + 1] = k.id end
end
table.sort(ids)
print(n, table.concat(ids, ","), props.str, props[7])
print(props[objs[1]].label, props[objs[5]].label)
