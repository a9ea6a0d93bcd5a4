-- yields inside generic-for iterator functions and loop bodies
local function counter(n)
  return function(_, i)
    if i < n then
      local skip = coroutine.yield("iter at " .. i) or 0
      return i + 1 + skip
    end
  end, nil, 0
end
local co = coroutine.create(function()
  local seen = {}
  for i in counter(6) do seen[#seen + 1] = i end
  return table.concat(seen, " ")
end)
local replies = {nil, 1, nil, nil, 0}
local k = 0
local ok, v = coroutine.resume(co)
while coroutine.status(co) ~= "dead" do
  k = k + 1
  print(ok, v)
  ok, v = coroutine.resume(co, replies[k])
end
print(ok, v)

-- yield in the body of a loop over pairs-free ipairs and numeric for
local w = coroutine.wrap(function()
  local t = {"a", "b", "c"}
  for i, x in ipairs(t) do
    local r = coroutine.yield(i .. x)
    t[i] = x .. r
  end
  for i = #t, 1, -1 do coroutine.yield(t[i]) end
  return "finished"
end)
print(w()); print(w(1)); print(w(2)); print(w(3))
print(w()); print(w()); print(w())

-- a stateful iterator closure with a <close> fourth value that yields nothing
local closed = false
local function iter_with_close(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then coroutine.yield("tick " .. i); return i end
  end, nil, nil, setmetatable({}, {__close = function() closed = true end})
end
w = coroutine.wrap(function()
  local sum = 0
  for i in iter_with_close(3) do
    sum = sum + i
    if i == 2 then break end
  end
  return "sum " .. sum .. " closed " .. tostring(closed)
end)
print(w()); print(w()); print(w())

-- iterator produced by another coroutine (wrap used as iterator)
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i, i * i) end end)
end
w = coroutine.wrap(function()
  for i, sq in range(4) do coroutine.yield(i .. "^2=" .. sq) end
  return "range done"
end)
for _ = 1, 5 do print(w()) end
