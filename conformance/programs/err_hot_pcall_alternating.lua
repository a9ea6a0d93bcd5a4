-- hot loop where pcall alternately succeeds and fails, so caller and callee get compiled
local function work(i)
  if i % 2 == 1 then error("odd " .. i, 0) end
  return i * 3
end
local sum, fails, lastmsg = 0, 0, nil
for i = 1, 20000 do
  local ok, v = pcall(work, i)
  if ok then sum = sum + v else fails = fails + 1; lastmsg = v end
end
print(sum, fails, lastmsg)
local function run(n)
  local s = 0
  for i = 1, n do
    local ok, v = pcall(work, i)
    s = s + (ok and v or -1)
  end
  return s
end
local total = 0
for k = 1, 10 do total = total + run(2000) end
print(total)
