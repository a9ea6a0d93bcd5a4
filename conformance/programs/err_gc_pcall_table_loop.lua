-- pcall inside table-building loops with collectgarbage inside and outside the callee
local function build(i)
  local t = {}
  for j = 1, 50 do t[j] = {j, tostring(j)} end
  if i % 10 == 0 then collectgarbage() end
  if i % 3 == 0 then error({size = #t, i = i}) end
  return #t
end
local ok_total, err_total, kept = 0, 0, {}
for i = 1, 300 do
  local ok, v = pcall(build, i)
  if ok then ok_total = ok_total + v
  else err_total = err_total + v.size; kept[#kept + 1] = v end
  if i % 50 == 0 then collectgarbage() end
end
print(ok_total, err_total, #kept, kept[1].i, kept[#kept].i)
kept = nil
collectgarbage()
print(collectgarbage("count") < 10000)
collectgarbage("collect")
print(collectgarbage("count") < 10000)
