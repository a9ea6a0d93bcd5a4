-- coroutine.wrap functions and the gmatch / io.lines iterators are C functions to Lua:
-- getinfo, tracebacks, tail calls and error positions treat them so

local w = coroutine.wrap(function(...) print("got", ...) coroutine.yield(1) end)
local info = debug.getinfo(w, "S")
print(info.what, info.short_src, info.source, info.linedefined)
print(type(w), w == w, rawequal(w, w))
print(select("#", w(1, 2, 3)))

-- a traceback taken inside a wrap function's coroutine stops at the coroutine
local tb = coroutine.wrap(function() return debug.traceback("in co") end)
print(tb())

-- an error through a wrap function, its traceback in a message handler
local function lines(s)
  local n = 0
  for l in s:gmatch("[^\n]+") do n = n + 1; if n <= 4 then print(l) end end
end
local bad = coroutine.wrap(function() local t = nil; return t.x end)
local function call_bad() bad() end
xpcall(call_bad, function(m) lines(debug.traceback(m, 1)) end)

-- the running function's name at level 1 inside a gmatch iterator's caller
for word in ("alpha beta"):gmatch("%a+") do
  local i = debug.getinfo(1, "l")
  print(word, i.currentline > 0)
end

-- tail calls of wrap functions keep the caller for the error position
local function tail_wrap()
  local f = coroutine.wrap(function() error("tail boom") end)
  return f()
end
print(pcall(tail_wrap))

-- wrap functions as table keys, in weak tables, collected
local weak = setmetatable({}, { __mode = "k" })
do
  local k = coroutine.wrap(function() end)
  weak[k] = true
  local n = 0
  for _ in pairs(weak) do n = n + 1 end
  print("before", n)
end
collectgarbage()
collectgarbage()
print("after", next(weak))

-- a wrap function kept only by an upvalue survives collections mid-iteration
local function counter(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local sum = 0
for i in counter(50) do
  if i % 10 == 0 then collectgarbage() end
  sum = sum + i
end
print("sum", sum)

-- string.format %s and tostring of a wrap function
print(tostring(w):match("^function: ") ~= nil, string.format("%s", w):match("^function") ~= nil)
