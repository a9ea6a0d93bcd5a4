-- an xpcall handler allocates and collects garbage while errors are in flight
local allocated = 0
local function handler(e)
  local junk = {}
  for i = 1, 100 do junk[i] = {i} end
  allocated = allocated + #junk
  collectgarbage()
  return {msg = e, n = #junk}
end
local function work(i)
  local t = {}
  for j = 1, 20 do t[j] = j * i end
  if i % 2 == 0 then error("even " .. i, 0) end
  return t[20]
end
local s, msgs = 0, {}
for i = 1, 60 do
  local ok, v = xpcall(work, handler, i)
  if ok then s = s + v else msgs[#msgs + 1] = v.msg end
end
print(s, #msgs, msgs[1], msgs[#msgs], allocated)
print(collectgarbage("count") < 10000)
