-- a hot integer function occasionally receives nil, raising arithmetic errors after compilation
local function inc(x) return x + 1 end
local sum, errs, msg = 0, 0, nil
for i = 1, 30000 do
  local arg = i
  if i % 1000 == 0 then arg = nil end
  local ok, v = pcall(inc, arg)
  if ok then sum = sum + v else errs = errs + 1; msg = v end
end
print(sum, errs)
print(msg)
local function field(t) return t.n * 2 end
local s2, e2 = 0, 0
for i = 1, 20000 do
  local t = (i % 500 == 0) and {} or {n = i}
  local ok, v = pcall(field, t)
  if ok then s2 = s2 + v else e2 = e2 + 1; msg = v end
end
print(s2, e2)
print(msg)
