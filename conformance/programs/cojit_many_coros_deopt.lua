-- 500 coroutines suspended inside a hot function; then the data they
-- read changes type (int -> float -> string) before they are resumed
local shared = { k = 3 }
local function body(id)
  local s = 0
  for i = 1, 40 do
    local k = shared.k
    if type(k) == "string" then s = s + #k + i else s = s + k * i + id end
    if i % 10 == 0 then coroutine.yield(s) end
  end
  return s
end
local cos = {}
for i = 1, 500 do cos[i] = coroutine.wrap(body) end
local function round(tag, arg)
  local t = 0
  for i = 1, #cos do
    local v = (arg and cos[i](i)) or cos[i]()
    t = t + v
  end
  print(tag, shared.k, t, math.type(t))
end
round("ints", true)
shared.k = 2.5
round("floats")
shared.k = "abcd"
round("strings")
shared.k = 1
round("back to int")
print(pcall(cos[1]))
print(pcall(cos[1]))
print(pcall(cos[2]))
