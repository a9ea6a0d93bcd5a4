-- String building: .., string.rep/sub/byte/char/format/upper/reverse and tostring of numbers.
local function line(i)
  return "item" .. i .. ":" .. string.format("%05d|%x", i % 100000, i) .. "," .. tostring(i * 0.5 + 0.25)
    .. string.rep("ab", i % 5) .. ";"
end
local function build(n)
  local checksum, total = 0, 0
  local buf = ""
  for i = 1, n do
    local s = line(i)
    total = total + #s
    for k = 1, #s, 3 do
      checksum = (checksum * 31 + s:byte(k)) % 1000000007
    end
    buf = buf .. string.char(97 + i % 26) .. s:sub(-3)
    if #buf >= 96 then
      local t = buf:upper():reverse()
      checksum = (checksum + t:byte(7) * #t + string.len(t)) % 1000000007
      buf = buf:sub(49)
    end
  end
  print(checksum, total + #buf)
end
build(800000)
