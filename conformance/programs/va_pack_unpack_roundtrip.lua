-- packing and unpacking arguments preserves count and values
local function rt(...)
  local p = table.pack(...)
  return table.unpack(p, 1, p.n)
end
local function show(...)
  local n = select("#", ...)
  local out = {}
  for i = 1, n do out[i] = tostring((select(i, ...))) end
  return n .. "[" .. table.concat(out, ",") .. "]"
end
print(show(rt()))
print(show(rt(nil)))
print(show(rt(1, nil, 2, nil)))
print(show(rt(false, 0, "")))
print(show(rt(rt(rt(1, nil)))))
local saved = table.pack("x", nil, "z")
saved.n = saved.n - 1
print(show(table.unpack(saved, 1, saved.n)))
print(show(table.unpack(saved)))
