-- yielding inside a load() reader function crosses a C-call boundary;
-- load reports the failure as nil + message instead of raising it
local pieces = {"return ", "1 + ", "41"}
local co = coroutine.create(function()
  local i = 0
  local f, e = load(function()
    i = i + 1
    coroutine.yield("reader " .. i)
    return pieces[i]
  end)
  return f, e
end)
local ok, a, b = coroutine.resume(co)
print(ok, a, b)
print(coroutine.status(co))

-- the error is catchable with pcall inside the coroutine
local co2 = coroutine.create(function()
  local i = 0
  local ok, f, e = pcall(load, function()
    i = i + 1
    if i == 2 then coroutine.yield("mid") end
    return pieces[i]
  end)
  print("pcall(load):", ok, f, e, "reader calls:", i)
  -- a reader that does not yield works inside a coroutine
  i = 0
  local f = load(function() i = i + 1; return pieces[i] end)
  coroutine.yield(f())
  return "end"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
print(coroutine.status(co2))

-- yielding inside the loaded chunk itself is fine: it is ordinary Lua code
local chunk = load("local a = ... ; local b = coroutine.yield(a * 2); return a + b")
local co3 = coroutine.create(chunk)
print(coroutine.resume(co3, 5))
print(coroutine.resume(co3, 100))
print(coroutine.status(co3))

-- require-like: dofile is not used; a chunk run through pcall can yield
local co4 = coroutine.create(function()
  return pcall(load("coroutine.yield('from chunk'); return 'chunk done'"))
end)
print(coroutine.resume(co4))
print(coroutine.resume(co4))
