-- globals keep their values while many new globals force the global table to grow
a1, a2, a3 = 1, 2, 3
local function read() return a1 + a2 + a3 end
local acc = 0
for round = 1, 50 do
  for k = 1, 40 do _G["v" .. round .. "_" .. k] = k end
  acc = acc + read()
  a2 = a2 + 1
end
print(acc, a1, a2, a3, v50_40)
