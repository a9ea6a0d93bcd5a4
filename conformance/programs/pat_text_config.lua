-- key = value config parsing
local cfg = [[
# comment line
name = strata
  version=  5.4
empty =
path = /usr/local/lib ; trailing comment
[section.one]
quoted = "a = b"
bad line without equals
number = 42
flag = true
  ; another comment
list = a, b ,c
]]
local data, order, section = {}, {}, "global"
local lineno = 0
for line in cfg:gmatch("([^\n]*)\n") do
  lineno = lineno + 1
  line = line:gsub("%s*;.*$", "")
  if line:match("^%s*#") or line:match("^%s*$") then
    -- skip
  elseif line:match("^%[([%w%.]+)%]$") then
    section = line:match("^%[([%w%.]+)%]$")
  else
    local k, v = line:match("^%s*([%w_]+)%s*=%s*(.-)%s*$")
    if k then
      v = v:match('^"(.*)"$') or v
      local full = section .. "." .. k
      data[full] = v
      order[#order + 1] = full
    else
      print("line " .. lineno .. ": cannot parse '" .. line .. "'")
    end
  end
end
for _, k in ipairs(order) do
  local v = data[k]
  print(k, "[" .. v .. "]", math.type(tonumber(v)) or (v == "true" and "bool") or "string")
end
local items = {}
for item in data["section.one.list"]:gmatch("[^,]+") do items[#items + 1] = item:match("^%s*(.-)%s*$") end
print(#items, table.concat(items, "|"))
