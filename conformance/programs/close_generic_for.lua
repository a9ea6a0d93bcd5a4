-- generic for over ipairs / pairs: the body's <close> is closed every iteration
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local t = {"x", "y", "z"}
for i, v in ipairs(t) do
  local c <close> = mk(v .. i)
  print("ipairs body", i, v)
end
-- pairs over a table: record closes, print sorted to avoid depending on order
local closed = {}
local mt = {__close = function(o) closed[#closed + 1] = o.k end}
local h = {alpha = 1, beta = 2, gamma = 3, delta = 4}
local sum = 0
for k, v in pairs(h) do
  local c <close> = setmetatable({k = k}, mt)
  sum = sum + v
end
table.sort(closed)
print("pairs closed", table.concat(closed, ","), sum)
-- pairs over a sequence
local seq = {10, 20, 30}
local acc = 0
for k, v in pairs(seq) do
  local c <close> = mk("seq" .. k)
  acc = acc + v
end
print("acc", acc)
-- break from ipairs
for i, v in ipairs(t) do
  local c <close> = mk("brk" .. v)
  if v == "y" then print("break at", i) break end
end
-- a custom stateless iterator
local function iter(n, i) if i < n then return i + 1 end end
for i in iter, 3, 0 do
  local a <close> = mk("it" .. i)
  local b <close> = mk("it" .. i .. "b")
end
print("done")
