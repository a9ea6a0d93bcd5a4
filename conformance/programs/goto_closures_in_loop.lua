-- each pass through a goto loop creates a fresh local
local fns = {}
local i = 1
::start::
local x = i * 2
fns[i] = function() return x end
i = i + 1
if i <= 3 then goto start end
print(fns[1](), fns[2](), fns[3]())
local counters = {}
for n = 1, 3 do
  local c = 0
  ::inc::
  c = c + 1
  if c < n then goto inc end
  counters[n] = function() c = c + 100; return c end
end
print(counters[1](), counters[2](), counters[3](), counters[1]())
local acc = {}
do
  local k = 0
  ::l::
  k = k + 1
  local sq = k * k
  acc[#acc + 1] = function() return sq end
  if k < 4 then goto l end
end
print(acc[1](), acc[2](), acc[3](), acc[4]())
