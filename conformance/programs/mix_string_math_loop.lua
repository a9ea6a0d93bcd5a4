-- string and math builtins in hot loops, byte/char round trips, formatted tables of numbers
local function checksum(s)
  local h = 5381
  for i = 1, #s do h = (h * 33 + s:byte(i)) & 0xffffffff end
  return h
end
local text = ""
for i = 1, 300 do text = text .. string.char(32 + (i * 7) % 95) end
print("len", #text, "sum", checksum(text), checksum(text:upper()), checksum(text:reverse()))
print(text:sub(1, 40))
print(text:sub(-20), text:sub(5, 4) == "", text:sub(-1000, 3))
local acc = 0.0
for i = 1, 5000 do
  acc = acc + math.sqrt(i) * math.sin(i) + math.floor(i / 3) - math.ceil(i / 7) + math.abs(-i) % 3
end
print(string.format("acc %.6f", acc))
for i = 1, 10 do
  local x = i * 1.37
  io.write(string.format("%6.3f %6.3f %6.3f %5d %s\n", x, math.log(x), math.exp(x / 10), math.tointeger(math.floor(x)), math.type(x // 1)))
end
print(math.max(3, 7.5, -1), math.min(3, 7.5, -1), math.fmod(7, -3), math.fmod(-7, 3), math.fmod(7.5, 2))
print(math.ult(1, -1), math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.log(8, 2), math.log(100, 10))
local words = ""
for i = 1, 26 do words = words .. string.rep(string.char(96 + i), i % 4 + 1, "") .. " " end
print(words)
local caps = 0
for i = 1, 4000 do
  local s = tostring(i * 3)
  if s:sub(-1) == "3" then caps = caps + #s:upper() end
end
print("caps", caps)
print(("%d items at %.2f = %s"):format(3, 1.5, tostring(3 * 1.5)))
print("before bad format")
print(string.format("%d", 1.5))
