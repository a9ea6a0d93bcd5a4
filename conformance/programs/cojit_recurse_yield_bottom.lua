-- recursion that yields at the bottom, is resumed, and unwinds
local function down(n, acc)
  if n == 0 then
    local r = coroutine.yield(acc)
    return r
  end
  local here = n * 3 % 11
  local r = down(n - 1, acc + here)
  return r + here
end
for _, d in ipairs({ 1, 10, 1000, 5000, 20000 }) do
  local co = coroutine.create(down)
  local ok, bottom = coroutine.resume(co, d, 0)
  print(d, ok, bottom, coroutine.status(co))
  local ok2, r = coroutine.resume(co, 1000)
  print(d, ok2, r, coroutine.status(co))
end
-- yield at every level on the way back up
local function up(n)
  if n == 0 then return 0 end
  local r = up(n - 1)
  if n % 500 == 0 then coroutine.yield(n, r) end
  return r + n
end
local co = coroutine.wrap(function() return "ret", up(6000) end)
while true do
  local a, b = co()
  print(a, b)
  if a == "ret" then break end
end
-- mutual recursion with a yield at depth
local isodd
local function iseven(n) if n == 0 then return coroutine.yield("bottom") end return isodd(n - 1) end
function isodd(n) if n == 0 then return false end return iseven(n - 1) end
local m = coroutine.wrap(function(n) return iseven(n) end)
print(m(9000))
print(m("resumed"))
