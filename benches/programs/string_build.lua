-- String building: strings grown a character at a time, cut into pieces and joined again;
-- only the last hundred joined strings stay alive.
local out = {}
local total = 0
for round = 1, 40000 do
  local s = ""
  for i = 1, 40 do
    s = s .. string.char(97 + (round + i) % 26)
  end
  local parts = {}
  for i = 1, 20 do
    parts[i] = s:sub(i, i + 10) .. i
  end
  local joined = table.concat(parts, ",")
  total = total + #joined
  out[round % 100 + 1] = joined
end
print(total, #out[1])
