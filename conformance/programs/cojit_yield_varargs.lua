-- passing many values through yield/resume in hot loops, including nils,
-- varargs and select('#')
local co = coroutine.create(function(...)
  local n = select("#", ...)
  local total = n
  for i = 1, 3000 do
    local args = table.pack(coroutine.yield(i, nil, i * 0.5, ...))
    total = total + args.n
    if i % 500 == 0 then print("in", i, args.n, args[1], args[args.n]) end
  end
  return total
end)
local ok, a, b, c, d, e, f = coroutine.resume(co, "x", nil, "z")
print("first", ok, a, b, c, d, e, f)
local cnt = 0
while coroutine.status(co) == "suspended" do
  cnt = cnt + 1
  local r = table.pack(coroutine.resume(co, table.unpack({ cnt, nil, cnt }, 1, cnt % 6)))
  if cnt % 750 == 0 then print("out", cnt, r.n, r[1], r[2], r[3], r[4], r[5], r[6]) end
  if coroutine.status(co) == "dead" then print("ret", r.n, r[1], r[2]) end
end
-- yield a big list of values
local big = coroutine.wrap(function(n)
  while n do
    local t = {}
    for i = 1, n do t[i] = i * i end
    n = coroutine.yield(table.unpack(t))
  end
end)
for _, n in ipairs({ 1, 10, 100, 200 }) do
  local r = table.pack(big(n))
  local s = 0
  for i = 1, r.n do s = s + r[i] end
  print("big", n, r.n, s)
end
-- zero values
local z = coroutine.wrap(function() for i = 1, 2000 do coroutine.yield() end return "zend" end)
local zc = 0
for i = 1, 2001 do local r = table.pack(z()) zc = zc + r.n if r.n > 0 then print(i, r[1]) end end
print("zc", zc)
