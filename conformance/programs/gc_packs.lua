-- long result packs and varargs survive collections inside the calls that receive them
local function make(n)
  local t = {}
  for i = 1, n do t[i] = { i } end
  return t
end
local function consume(...)
  local n = select("#", ...)
  local junk = {}
  for i = 1, 2000 do junk[i % 50 + 1] = { i, "j" .. i } end
  local s = 0
  for i = 1, n do s = s + (select(i, ...))[1] end
  return s, n
end
print(consume(table.unpack(make(300))))
local function pass(...) return ... end
local t = { pass(table.unpack(make(500))) }
collectgarbage()
local s = 0
for i = 1, #t do s = s + t[i][1] end
print(#t, s)
print(select("#", pass(table.unpack(make(250)))))
