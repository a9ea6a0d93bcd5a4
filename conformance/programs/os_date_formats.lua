-- os.date with "!" (UTC): every strftime conversion letter at fixed times
local letters = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYz%"
local times = {0, 1234567890, 951825600 + 13 * 3600 + 5 * 60 + 9, 1609459200}
for _, t in ipairs(times) do
  print("== " .. t)
  for i = 1, #letters do
    local c = letters:sub(i, i)
    print("%" .. c, string.format("%q", os.date("!%" .. c, t)))
  end
end
