-- camelCase <-> snake_case conversions
local function to_snake(s)
  s = s:gsub("(%u+)(%u%l)", "%1_%2")
  s = s:gsub("(%l)(%u)", "%1_%2")
  s = s:gsub("(%d)(%a)", "%1_%2")
  s = s:gsub("[%-%s]+", "_")
  return (s:lower())
end
local function to_camel(s)
  return (s:gsub("_+(%w)", function(c) return c:upper() end))
end
local function to_pascal(s)
  return (to_camel(s):gsub("^%l", string.upper))
end
local names = {"camelCase", "PascalCase", "HTTPServerError", "getHTTPResponse", "simple", "ABC", "already_snake",
  "version2Beta", "with-dash and space", "XMLHttpRequest", "a", ""}
for _, n in ipairs(names) do
  local sn = to_snake(n)
  print(string.format("%-22s %-26s %-22s %s", n, sn, to_camel(sn), to_pascal(sn)))
end
-- title case
print((("the quick brown fox"):gsub("%f[%a]%l", string.upper)))
print((("hello_world_foo"):gsub("_(%l)", string.upper)))
