-- type, tostring and use of coroutines as table keys
local co = coroutine.create(function() end)
print(type(co), math.type(co), type(coroutine.running()))
local s = tostring(co)
print(s:sub(1, 8), s:sub(1, 8) == "thread: ", #s > 8)
print(tostring(coroutine.running()):sub(1, 8))
-- tostring of two different coroutines differs, of the same one is stable
local co2 = coroutine.create(function() end)
print(tostring(co) ~= tostring(co2), tostring(co) == tostring(co))
-- wrap returns a function
local w = coroutine.wrap(function() end)
print(type(w), tostring(w):sub(1, 10))
-- equality and comparison
print(co == co, co == co2, co ~= co2)
print(pcall(function() return co < co2 end))
print(pcall(function() return #co end))
print(pcall(function() return co.x end))
print(pcall(function() return co .. "" end))
-- as table keys
local t = {}
local list = {}
for i = 1, 10 do
  local c = coroutine.create(function(x) return x + i end)
  list[i] = c
  t[c] = i
end
local sum = 0
for i = 1, 10 do sum = sum + t[list[i]] end
print("lookup sum", sum)
-- the key stays valid across status changes
for i = 1, 10 do coroutine.resume(list[i], 0) end
local total = 0
for k, v in pairs(t) do
  assert(type(k) == "thread" and coroutine.status(k) == "dead")
  total = total + v
end
print("after finishing", total)
t[list[1]] = nil
local n = 0
for _ in pairs(t) do n = n + 1 end
print("entries", n)
-- as values and in sets, main thread included
local set = {[coroutine.running()] = "main"}
local inside = coroutine.wrap(function() return set[coroutine.running()] end)
print(set[coroutine.running()], inside())
-- string.format with %s on a thread
print(string.format("%s", co):sub(1, 8))
-- select and table.pack keep threads intact
local p = table.pack(co, co2)
print(p.n, p[1] == co, p[2] == co2)
-- a thread is not callable
print(pcall(co))
