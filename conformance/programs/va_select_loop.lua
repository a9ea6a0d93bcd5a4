-- looping over varargs with select
local function avg(...)
  local n = select("#", ...)
  if n == 0 then return 0 end
  local s = 0
  for i = 1, n do s = s + select(i, ...) end
  return s / n
end
print(avg(), avg(4), avg(1, 2, 3, 4))
local function maxv(...)
  local m = nil
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if m == nil or v > m then m = v end
  end
  return m
end
print(maxv(3, 9, 2), maxv(-1), maxv())
local function reverse(...)
  local n = select("#", ...)
  local t = {}
  for i = n, 1, -1 do t[#t + 1] = (select(i, ...)) end
  return table.unpack(t, 1, n)
end
print(reverse(1, 2, 3, 4, 5))
print(reverse("a"))
print(select("#", reverse()))
local function types(...)
  local r = {}
  for i = 1, select("#", ...) do r[i] = type((select(i, ...))) end
  return table.concat(r, " ")
end
print(types(1, "s", nil, true, {}, print, 2.5))
