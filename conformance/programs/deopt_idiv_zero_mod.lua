-- modulo by zero after the loop has run hot (error raised in a loop body)
local function m(a, b) return a % b end
local acc = 0
for i = 1, 5000 do
  local d = 5000 - i
  if d > 0 then acc = acc + m(i, d) else
    print("acc before", acc)
    acc = acc + m(i, d)
  end
end
print("unreachable", acc)
