-- stateless iterators: function, state, control
local function iter(t, i)
  i = i + 1
  local v = t[i]
  if v ~= nil then return i, v end
end
local function myipairs(t) return iter, t, 0 end
for i, v in myipairs({"a", "b", "c"}) do print(i, v) end
local function countdown(limit, cur)
  if cur > 0 then return cur - 1 end
end
for i in countdown, nil, 5 do io.write(i, " ") end
print()
local function evens(max, cur)
  cur = cur + 2
  if cur <= max then return cur end
end
for e in evens, 10, 0 do io.write(e, " ") end
print()
for i, v in iter, {10, 20, nil, 40}, 0 do io.write(i, "=", v, " ") end
print()
local function squares(n, i)
  if i < n then return i + 1, (i + 1) * (i + 1) end
end
local total = 0
for i, sq in squares, 6, 0 do total = total + sq end
print(total)
for i, v in iter, {"x"}, 1 do print("never", i, v) end
print("done")
