-- An integer loop inside a function: sums, multiplies, modulo and a branch.
local function work(n)
  local acc = 0
  for i = 1, n do
    acc = acc + i * 7 % 13
    if acc > 1000000 then acc = acc - 999999 end
  end
  return acc
end
print(work(80000000))
