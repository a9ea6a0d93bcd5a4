-- accumulator switches from integer to float (and back via //) while
-- the coroutine is suspended in the middle of a hot loop
local co = coroutine.create(function()
  local acc = 0
  local mode = "int"
  for i = 1, 9000 do
    if mode == "int" then acc = acc + i
    elseif mode == "float" then acc = acc + i * 0.5
    else acc = (acc + i) // 1 end
    if i % 300 == 0 then
      local m = coroutine.yield(i, acc, math.type(acc))
      if m then mode = m end
    end
  end
  return acc, math.type(acc)
end)
local modes = { [5] = "float", [12] = "floor", [20] = "int", [25] = "float" }
local n = 0
local ok, a, b, c = coroutine.resume(co)
while coroutine.status(co) ~= "dead" do
  n = n + 1
  print(n, a, b, c)
  ok, a, b, c = coroutine.resume(co, modes[n])
end
print("result", ok, a, b)
-- the yielded value's type changes from number to string to table
local g = coroutine.wrap(function()
  for i = 1, 4000 do
    local v
    if i < 1500 then v = i elseif i < 3000 then v = "s" .. i else v = { i } end
    if i % 250 == 0 then coroutine.yield(v) end
  end
  return nil
end)
while true do
  local v = g()
  if v == nil then break end
  if type(v) == "table" then print("table", v[1]) else print(type(v), v) end
end
