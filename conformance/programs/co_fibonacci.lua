-- fibonacci generators with create/resume and wrap
local function fibgen()
  return coroutine.create(function()
    local a, b = 0, 1
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local g = fibgen()
local out = {}
for i = 1, 20 do
  local ok, v = coroutine.resume(g)
  out[i] = v
end
print(table.concat(out, " "))
print(coroutine.status(g))

-- bounded generator with wrap, used in a for loop; ends with integers near 2^63
local function fib_upto(limit)
  return coroutine.wrap(function()
    local a, b = 0, 1
    while a <= limit do
      coroutine.yield(a)
      if b > math.maxinteger - a then return end
      a, b = b, a + b
    end
  end)
end
local count, last = 0, nil
for v in fib_upto(math.maxinteger) do count = count + 1; last = v end
print(count, last, math.type(last))

-- two independent generators interleaved
local g1, g2 = fibgen(), fibgen()
for i = 1, 5 do coroutine.resume(g1) end
local line = {}
for i = 1, 5 do
  local _, v1 = coroutine.resume(g1)
  local _, v2 = coroutine.resume(g2)
  line[#line + 1] = v1 .. "/" .. v2
end
print(table.concat(line, " "))

-- float fibonacci and ratio convergence
local ratio = coroutine.wrap(function()
  local a, b = 1.0, 1.0
  while true do
    a, b = b, a + b
    coroutine.yield(b / a)
  end
end)
local r
for i = 1, 40 do r = ratio() end
print(string.format("%.12f", r), r == (1 + math.sqrt(5)) / 2)

-- generator that accepts a reset command through resume
local resettable = coroutine.wrap(function()
  local a, b = 0, 1
  while true do
    local cmd = coroutine.yield(a)
    if cmd == "reset" then a, b = 0, 1 else a, b = b, a + b end
  end
end)
out = {}
local cmds = {"go", "go", "go", "go", "reset", "go", "go"}
out[1] = resettable()
for i = 1, #cmds do out[#out + 1] = resettable(cmds[i]) end
print(table.concat(out, " "))
