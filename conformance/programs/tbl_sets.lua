-- tables as sets
local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end
local function sorted(s)
  local out = {}
  for k in pairs(s) do out[#out + 1] = k end
  table.sort(out)
  return table.concat(out, ",")
end
local function union(a, b)
  local r = {}
  for k in pairs(a) do r[k] = true end
  for k in pairs(b) do r[k] = true end
  return r
end
local function inter(a, b)
  local r = {}
  for k in pairs(a) do if b[k] then r[k] = true end end
  return r
end
local function diff(a, b)
  local r = {}
  for k in pairs(a) do if not b[k] then r[k] = true end end
  return r
end
local a = set({1, 2, 3, 4, 5, 3, 2})
local b = set({4, 5, 6, 7})
print(sorted(a))
print(sorted(b))
print(sorted(union(a, b)))
print(sorted(inter(a, b)))
print(sorted(diff(a, b)))
local w = set({"pear", "apple", "fig", "apple"})
print(sorted(w))
print(w.apple, w.kiwi)
w.apple = nil
print(sorted(w))
local n = 0
for _ in pairs(union(w, set({"kiwi", "fig"}))) do n = n + 1 end
print(n)
