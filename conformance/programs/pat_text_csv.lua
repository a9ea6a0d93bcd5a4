-- CSV line splitting (with quoted fields)
local function split_simple(line)
  local t = {}
  for field in (line .. ","):gmatch("([^,]*),") do t[#t + 1] = field end
  return t
end
local function split_quoted(line)
  local t, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local txt = ""
      local i = pos
      repeat
        local a, b = line:find('^%b""', i)
        txt = txt .. line:sub(a + 1, b - 1)
        i = b + 1
        if line:sub(i, i) == '"' then txt = txt .. '"' end
      until line:sub(i, i) ~= '"'
      t[#t + 1] = txt
      pos = line:find(",", i)
    else
      local s, e = line:find(",", pos)
      t[#t + 1] = line:sub(pos, (s or 0) - 1)
      pos = s
    end
    if not pos then break end
    pos = pos + 1
  end
  return t
end
local lines = {
  "a,b,c",
  "1,,3,",
  ",",
  "",
  'name,"Smith, John",42',
  '"say ""hi""",x',
  '"",end',
}
for _, l in ipairs(lines) do
  local s = split_simple(l)
  local q = split_quoted(l)
  print(#s, "[" .. table.concat(s, "|") .. "]", #q, "[" .. table.concat(q, "|") .. "]")
end
-- numbers from a CSV row
local sum = 0
for n in ("10, 20.5, -3, x, 1e2"):gmatch("[^,%s]+") do sum = sum + (tonumber(n) or 0) end
print(sum)
