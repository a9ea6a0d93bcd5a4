-- yields in the innermost of three nested loops; outer loop counters and
-- partial sums must survive each suspension
local co = coroutine.wrap(function()
  local total = 0
  for a = 1, 20 do
    local rowsum = 0
    for b = 1, 30 do
      local j = 0
      while j < 10 do
        j = j + 1
        rowsum = rowsum + a * b + j
        if (a * 300 + b * 10 + j) % 997 == 0 then
          coroutine.yield("inner", a, b, j, rowsum)
        end
      end
    end
    total = total + rowsum
    if a % 4 == 0 then coroutine.yield("row", a, rowsum, total) end
  end
  return "end", total
end)
while true do
  local r = { co() }
  print(table.unpack(r))
  if r[1] == "end" then break end
end
-- repeat-until loop with yield and a local declared in the body used in the condition
local r = coroutine.wrap(function()
  local i, s = 0, 0
  repeat
    i = i + 1
    local d = i % 13
    s = s + d
    if i % 700 == 0 then coroutine.yield(i, s) end
  until d == 0 and i > 5000
  return i, s
end)
for _ = 1, 8 do print(r()) end
