-- hot loop raising table error values with fields, summed after catching
local function check(i)
  if i % 3 == 0 then error({code = i % 7}) end
  if i % 5 == 0 then error(i, 0) end
  return i
end
local ok_sum, code_sum, num_sum = 0, 0, 0
for i = 1, 15000 do
  local ok, v = pcall(check, i)
  if ok then ok_sum = ok_sum + v
  elseif type(v) == "table" then code_sum = code_sum + v.code
  else num_sum = num_sum + v end
end
print(ok_sum, code_sum, num_sum)
local same = 0
local shared = {}
for i = 1, 12000 do
  local _, e = pcall(error, shared)
  if e == shared then same = same + 1 end
end
print(same)
