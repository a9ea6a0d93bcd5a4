-- tables held only in locals of hot (compiled) functions stay alive while those functions
-- call code that allocates enough to collect many times
local function churn(n)
  local s = 0
  for i = 1, n do
    local t = { i, "x" .. i, { i } }
    s = s + t[3][1] + #t[2]
  end
  return s
end
local function holder(k)
  local mine = { tag = "h" .. k, items = {} }
  for i = 1, 20 do mine.items[i] = { i * k } end
  local extra = churn(200)
  local s = 0
  for i = 1, 20 do s = s + mine.items[i][1] end
  return s + #mine.tag + extra
end
local total = 0
for k = 1, 300 do total = total + holder(k) end
print(total)
local function deep(n, acc)
  local here = { n, tostring(n) }
  if n == 0 then churn(500) return #acc end
  acc[#acc + 1] = here
  local r = deep(n - 1, acc)
  return r + here[1] + #here[2]
end
print(deep(150, {}))
