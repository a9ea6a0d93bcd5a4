-- objects reachable only through closures' upvalues survive any number of collections
local makers = {}
for i = 1, 200 do
  local data = { n = i, name = "obj" .. i, list = { i, i * 2, i * 3 } }
  makers[i] = function() return data.n + #data.name + data.list[3] end
end
local junk = 0
for round = 1, 30 do
  for j = 1, 500 do junk = junk + #{ j, tostring(j) } end
  collectgarbage()
end
local sum = 0
for i = 1, 200 do sum = sum + makers[i]() end
print(sum, junk)
local function counter()
  local t = {}
  return function(v) t[#t + 1] = v .. "!" return #t, t[#t] end
end
local c = counter()
for i = 1, 3000 do c(i) if i % 1000 == 0 then collectgarbage() end end
print(c("end"))
