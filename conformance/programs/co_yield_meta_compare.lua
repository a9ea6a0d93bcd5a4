-- yields inside __lt, __le and __eq; the result is converted to a boolean
local mt = {}
local function new(v) return setmetatable({v = v}, mt) end
mt.__lt = function(a, b)
  local r = coroutine.yield("lt", a.v, b.v)
  return r
end
mt.__le = function(a, b)
  local r = coroutine.yield("le", a.v, b.v)
  return r
end
mt.__eq = function(a, b)
  local r = coroutine.yield("eq", a.v, b.v)
  return r
end
local replies = {1, nil, "yes", false, 0, true, nil, {}, true, false, true, false, nil, true}
local co = coroutine.create(function()
  local a, b = new(1), new(2)
  local out = {}
  out[#out + 1] = tostring(a < b)
  out[#out + 1] = tostring(a < b)
  out[#out + 1] = tostring(a <= b)
  out[#out + 1] = tostring(a <= b)
  out[#out + 1] = tostring(a == b)
  out[#out + 1] = tostring(a ~= b)
  out[#out + 1] = tostring(a > b)       -- swapped: b < a
  out[#out + 1] = tostring(a >= b)      -- swapped: b <= a
  if a < b then out[#out + 1] = "if-true" else out[#out + 1] = "if-false" end
  while a == b do out[#out + 1] = "loop"; break end
  out[#out + 1] = tostring(not (a <= b))
  out[#out + 1] = tostring(a == a)      -- same object: no metamethod call
  local n = 0
  repeat n = n + 1 until not (a ~= b) or n == 4
  out[#out + 1] = "n=" .. n
  return table.concat(out, " ")
end)
local i = 0
local res = {coroutine.resume(co)}
while coroutine.status(co) == "suspended" do
  i = i + 1
  print(i, res[2], res[3], res[4], "reply:", type(replies[i]) == "table" and "a table" or tostring(replies[i]))
  res = {coroutine.resume(co, replies[i])}
end
print(res[1], res[2])

-- sorting is done by C (table.sort), so a yielding __lt fails there
local co2 = coroutine.create(function()
  return pcall(table.sort, {new(3), new(1)})
end)
print(coroutine.resume(co2))
