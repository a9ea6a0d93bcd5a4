-- yields across pcall inside hot loops; some iterations raise errors
-- that pcall catches after the coroutine was resumed
local function risky(i)
  if i % 50 == 0 then
    local r = coroutine.yield(i)
    if r == "boom" then error("boom at " .. i, 0) end
    return r
  end
  if i % 333 == 0 then error({ code = i }) end
  return i % 7
end
local co = coroutine.create(function(n)
  local ok_sum, errs, tbl_errs = 0, 0, 0
  for i = 1, n do
    local ok, v = pcall(risky, i)
    if ok then ok_sum = ok_sum + v
    elseif type(v) == "table" then tbl_errs = tbl_errs + v.code
    else errs = errs + 1 end
  end
  return ok_sum, errs, tbl_errs
end)
local ok, v, e, t = coroutine.resume(co, 5000)
local k = 0
while coroutine.status(co) == "suspended" do
  k = k + 1
  local arg = (k % 4 == 0) and "boom" or k
  if k % 10 == 0 then print("at", v, arg) end
  ok, v, e, t = coroutine.resume(co, arg)
end
print("result", ok, v, e, t, k)
-- nested pcall / xpcall with yields at both levels
local w = coroutine.wrap(function()
  local s = 0
  for i = 1, 3000 do
    local ok, r = xpcall(function()
      local ok2, r2 = pcall(function()
        if i % 400 == 0 then s = s + coroutine.yield("inner", i) end
        if i % 900 == 0 then error("e" .. i) end
        return i
      end)
      if i % 1000 == 0 then coroutine.yield("outer", i, ok2) end
      return ok2 and r2 or -1
    end, function(m) return "handled:" .. tostring(m) end)
    s = s + r
  end
  return "end", s
end)
local a, b, c = w()
while a ~= "end" do
  print(a, b, c)
  a, b, c = w(b // 100)
end
print(a, b)
