-- __pairs returning a custom iterator (sorted keys, stateless with a state table)
local function sorted_iter(state, key)
  local i = (key == nil) and 1 or state.pos[key] + 1
  local k = state.keys[i]
  if k == nil then return nil end
  return k, state.t[k]
end
local mt = {__pairs = function(t)
  local keys, pos = {}, {}
  for k in next, t do keys[#keys + 1] = k end
  table.sort(keys)
  for i, k in ipairs(keys) do pos[k] = i end
  return sorted_iter, {keys = keys, pos = pos, t = t}, nil
end}
local t = setmetatable({banana = 2, apple = 1, cherry = 3, date = 4}, mt)
for k, v in pairs(t) do print(k, v) end
t.aardvark = 0
local out = {}
for k, v in pairs(t) do out[#out + 1] = k .. "=" .. v end
print(table.concat(out, " "))
local n = 0
for k in pairs(t) do n = n + 1 if k == "banana" then break end end
print("stopped after", n)
local f, s, c = pairs(t)
print(f == sorted_iter, type(s), c)
print(f(s, c))
