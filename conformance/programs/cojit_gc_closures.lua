-- closures created in hot loops inside coroutines, stored, and called
-- after resumes and full collections
local co = coroutine.create(function()
  local fs = {}
  local shared = 0
  for i = 1, 2500 do
    local mine = i * 2
    fs[#fs + 1] = function(d) shared = shared + d; mine = mine + 1; return mine + shared end
    if i % 500 == 0 then
      collectgarbage()
      coroutine.yield(fs)
    end
  end
  return "shared", shared
end)
local total = 0
while true do
  local ok, fs, s = coroutine.resume(co)
  if fs == "shared" then print("end", s, total) break end
  local sub = 0
  for i = 1, #fs, 7 do sub = sub + fs[i](1) end
  total = total + sub
  print(#fs, sub)
end
-- weak table of coroutines: only the suspended ones referenced elsewhere survive
local weak = setmetatable({}, { __mode = "v" })
local strong = {}
for i = 1, 200 do
  local c = coroutine.create(function(x) local t = { x } coroutine.yield(t[1]) return t[1] * 2 end)
  coroutine.resume(c, i)
  weak[i] = c
  if i % 4 == 0 then strong[#strong + 1] = c end
end
collectgarbage(); collectgarbage()
local alive = 0
for i = 1, 200 do if weak[i] then alive = alive + 1 end end
print("weak alive", alive)
local s = 0
for _, c in ipairs(strong) do local ok, v = coroutine.resume(c) s = s + v end
print("strong sum", s)
