-- counting entries with ipairs, pairs and #
local function counts(t)
  local ip, p = 0, 0
  for _ in ipairs(t) do ip = ip + 1 end
  for _ in pairs(t) do p = p + 1 end
  return ip, p, #t
end
print(counts({1, 2, 3}))
print(counts({1, 2, nil, 4}))
print(counts({nil, 2, 3}))
print(counts({1, 2, x = 3}))
print(counts({[1] = 1, [2] = 2, [4] = 4}))
print(counts({}))
local t = {}
for i = 1, 10 do t[i] = i end
t[11] = nil
t[12] = 12
print(counts(t))
