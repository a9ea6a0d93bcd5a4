-- a hot callee receives ints, then floats, then strings while the
-- coroutine running it is suspended between the phases
local function combine(a, b)
  return a .. "" == "" and 0 or (type(a) == "string" and #a + #b or a * b + a)
end
local function hot(a, b)
  local r = combine(a, b)
  if type(r) == "number" and r % 97 == 0 then coroutine.yield("mid", r) end
  return r
end
local co = coroutine.create(function()
  local sum = 0
  local phase = coroutine.yield("start")
  while phase do
    local s = 0
    for i = 1, 3000 do
      local a, b
      if phase == "int" then a, b = i, i + 1
      elseif phase == "float" then a, b = i + 0.5, i * 0.25
      else a, b = tostring(i), string.rep("x", i % 9) end
      s = s + hot(a, b)
    end
    sum = sum + s
    phase = coroutine.yield("phase", s, sum)
  end
  return "end", sum
end)
local function drive(arg)
  local ok, tag, x, y = coroutine.resume(co, arg)
  local mids = 0
  while tag == "mid" do
    mids = mids + 1
    ok, tag, x, y = coroutine.resume(co)
  end
  print(arg, ok, tag, x, y, "mids", mids)
end
print(coroutine.resume(co))
drive("int"); drive("float"); drive("str"); drive("int"); drive("float")
drive(nil)
print(coroutine.status(co))
