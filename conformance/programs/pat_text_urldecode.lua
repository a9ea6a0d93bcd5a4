-- URL encoding / decoding with gsub and functions
local function decode(s)
  s = s:gsub("+", " ")
  return (s:gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end))
end
local samples = {"hello%20world", "a+b%2Bc", "100%25", "%E2%82%AC", "bad%zzend", "%41%42%43", "%", "trail%4"}
for _, s in ipairs(samples) do
  local d = decode(s)
  print(s, d, #d)
end
local raw = "name=J. Doe & co/? 100%"
local e = encode(raw)
print(e)
print(decode(e) == raw)
-- parse a query string
local q = "a=1&b=hello+there&c=%3D%26&d=&e"
local keys, vals = {}, {}
for k, v in q:gmatch("([^&=]+)=([^&]*)") do
  k = decode(k)
  keys[#keys + 1] = k
  vals[k] = decode(v)
end
table.sort(keys)
for _, k in ipairs(keys) do print(k, "[" .. vals[k] .. "]") end
-- all byte values round trip
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
print(#encode(all), decode(encode(all)) == all)
