-- %a %d %l %u %w %x and their complements over all 256 bytes
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)

local function members(cls)
  local out = {}
  for c in all:gmatch(cls) do
    local b = c:byte()
    if b >= 33 and b <= 126 then out[#out + 1] = c else out[#out + 1] = "<" .. b .. ">" end
  end
  return #out, table.concat(out)
end

for _, cls in ipairs({"%a", "%d", "%l", "%u", "%w", "%x"}) do
  local n, s = members(cls)
  print(cls, n, s)
  local up = "%" .. cls:sub(2):upper()
  local m = members(up)
  print(up, m, n + m)
end

-- spot checks with find/match
print(("abc123XYZ"):match("%a+"), ("abc123XYZ"):match("%d+"), ("abc123XYZ"):match("%u+"))
print(("hello World"):find("%u"), ("hello World"):find("%L"))
print(("0x1F ff"):match("%x+", 3), ("zz9"):find("%X+"))
print(string.match("___abc___", "%W*(%w+)%W*"))
print(string.find("\200\201abc", "%a"))
