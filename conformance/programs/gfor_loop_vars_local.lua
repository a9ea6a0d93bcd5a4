-- loop variables are fresh locals per iteration
local fns = {}
for i, v in ipairs({"a", "b", "c"}) do
  fns[i] = function() return i .. v end
end
print(fns[1](), fns[2](), fns[3]())
local t = {10, 20, 30}
for i, v in ipairs(t) do
  v = v * 2
  i = i + 100
end
print(t[1], t[2], t[3])
local k = "outer"
for k in pairs({1}) do end
print(k)
local acc = {}
for _, v in ipairs({1, 2, 3}) do
  local v2 = v * v
  acc[#acc + 1] = function() v2 = v2 + 1; return v2 end
end
print(acc[1](), acc[1](), acc[2](), acc[3]())
for i, v in ipairs({5}) do
  local i = "shadowed"
  print(i, v)
end
