-- goto backwards forms a loop
local i = 1
::top::
io.write(i, " ")
i = i + 1
if i <= 5 then goto top end
print()
local n, steps = 27, 0
::collatz::
if n ~= 1 then
  if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end
  steps = steps + 1
  goto collatz
end
print("collatz steps", steps)
local fact, k = 1, 1
do
  ::loop::
  fact = fact * k
  k = k + 1
  if k <= 10 then goto loop end
end
print(fact)
local fns = {}
local m = 1
::again::
do
  local captured = m
  fns[m] = function() return captured * 10 end
end
m = m + 1
if m <= 3 then goto again end
print(fns[1](), fns[2](), fns[3]())
