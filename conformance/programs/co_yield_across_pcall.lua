-- yields across pcall: the pcall stays active while the coroutine is suspended
local co = coroutine.create(function(a)
  local ok, x, y = pcall(function(v)
    local got = coroutine.yield("in pcall", v)
    local got2 = coroutine.yield("again", got)
    return got .. got2, "second"
  end, a)
  print("  pcall returned", ok, x, y)
  return "finished"
end)
print(coroutine.resume(co, "A"))
print(coroutine.resume(co, "B"))
print(coroutine.resume(co, "C"))
print(coroutine.status(co))

-- an error raised after the resume is caught by the pcall that was active at the yield
co = coroutine.create(function()
  local ok, e = pcall(function()
    local v = coroutine.yield("waiting")
    if v == "fail" then error("failed after resume") end
    return v
  end)
  print("  caught:", ok, e)
  local ok2, e2 = pcall(function()
    coroutine.yield("waiting2")
    error({code = 5})
  end)
  print("  caught table:", ok2, type(e2), e2.code)
  return "survived"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "fail"))
print(coroutine.resume(co))
print(coroutine.status(co))

-- nested pcalls: the error unwinds only to the innermost active one
co = coroutine.create(function()
  local r = {pcall(function()
    local r2 = {pcall(function()
      coroutine.yield(1)
      error("inner", 0)
    end)}
    print("  inner pcall:", r2[1], r2[2])
    coroutine.yield(2)
    error("outer", 0)
  end)}
  print("  outer pcall:", r[1], r[2])
  coroutine.yield(3)
  return "end"
end)
for i = 1, 5 do print(i, coroutine.resume(co)) end

-- pcall of coroutine.yield itself
co = coroutine.create(function()
  print("  pcall(yield) gave", pcall(coroutine.yield, "y1", "y2"))
  return "tail"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "r1", "r2"))

-- error in a yielded-through pcall does not kill the coroutine
co = coroutine.wrap(function()
  for i = 1, 3 do
    local ok, e = pcall(function()
      local v = coroutine.yield(i)
      if v % 2 == 0 then error("even " .. v, 0) end
      return v
    end)
    print("  round", i, ok, e)
  end
  return "loop done"
end)
print(co()); print(co(10)); print(co(11)); print(co(12))
