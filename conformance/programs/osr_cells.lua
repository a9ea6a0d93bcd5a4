-- OSR in the main chunk with captured (cell) locals updated through closures and type changes mid-loop
local total = 0
local function add(x) total = total + x end
local count = 0
local get = function() return count end
for i = 1, 10000 do
  add(i)
  count = count + 1
  if i == 7000 then total = total + 0.5 end
end
print(total, count, get())
local s = ""
local function app(c) s = s .. c end
local k = 0
while k < 6000 do
  k = k + 1
  if k % 1000 == 0 then app(tostring(k) .. ";") end
  if k == 3000 then k = k + 0.0 end
end
print(s, k, math.type(k))
local fns = 0
local last
for i = 1, 6000 do
  local v = i
  last = function() return v end
  fns = fns + last()
  if i == 4000 then v = "str" end
end
print(fns, last())
