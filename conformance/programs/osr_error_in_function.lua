-- a function called once loops, OSRs and errors: integer modulo by zero
local function run(n)
  local acc = 0
  for i = 1, n do
    acc = acc + 100 % (n - i + 3000)
  end
  print("first loop", acc)
  local k = 6000
  while true do
    acc = acc + 7 // (k - 1)
    k = k - 1
  end
end
run(9000)
