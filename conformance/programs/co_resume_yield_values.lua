-- values flow both ways through resume/yield: multiple values, nil holes, none
local function show(tag, ...)
  local n = select('#', ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  print(tag, n, table.concat(parts, ","))
end

local co = coroutine.create(function(a, b, ...)
  show("start", a, b, ...)
  local r1 = table.pack(coroutine.yield(a + b))
  show("got1", table.unpack(r1, 1, r1.n))
  local r2 = table.pack(coroutine.yield())
  show("got2", table.unpack(r2, 1, r2.n))
  local r3 = table.pack(coroutine.yield(nil, nil, 3, nil))
  show("got3", table.unpack(r3, 1, r3.n))
  local x, y = coroutine.yield(nil)
  show("got4", x, y)
  return "done", nil, nil
end)

show("r1", coroutine.resume(co, 1, 2, 3, nil, 5, nil))
show("r2", coroutine.resume(co, "x", nil, "z"))
show("r3", coroutine.resume(co))
show("r4", coroutine.resume(co, nil, nil))
show("r5", coroutine.resume(co, 10, 20, 30))
show("r6", coroutine.resume(co, "ignored"))

-- first resume with no arguments: parameters are nil, varargs empty
local co2 = coroutine.create(function(...)
  show("co2 start", ...)
  show("co2 yield got", coroutine.yield(...))
end)
show("co2 r1", coroutine.resume(co2))
show("co2 r2", coroutine.resume(co2, nil))
print(coroutine.status(co2))

-- a coroutine that returns nothing
local co3 = coroutine.create(function() end)
show("co3", coroutine.resume(co3))

-- many values
local co4 = coroutine.create(function(...)
  local t = table.pack(coroutine.yield(select('#', ...), ...))
  return t.n, table.unpack(t, 1, t.n)
end)
local big = {}
for i = 1, 100 do big[i] = i * i end
local res = table.pack(coroutine.resume(co4, table.unpack(big)))
print(res.n, res[1], res[2], res[3], res[102])
res = table.pack(coroutine.resume(co4, table.unpack(big, 1, 50)))
print(res.n, res[1], res[2], res[3], res[52])
