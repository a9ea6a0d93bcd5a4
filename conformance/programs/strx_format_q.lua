-- %q on integers, special floats and strings with control characters
local f = string.format
local function show(v)
  print((f("%q", v):gsub("\n", "<NL>"):gsub("[\128-\255]", function(c) return "<" .. c:byte() .. ">" end)))
end
for _, v in ipairs({0, -1, 255, math.maxinteger, math.mininteger, math.mininteger + 1}) do show(v) end
for _, v in ipairs({0.0, -0.0, 0.5, -2.0, 1e100, 2^63, -2^63, 1/0, -1/0, 2^-1074}) do show(v) end
show(0/0)
show("a\nb")
show("\r\n\t\v\f\a\b")
show("\0\1\0012\0003")
show("x\0009y")
show("\127\128\200")
show("\"'\\")
show("\27[1m")
show(string.char(0, 48, 1, 57))
show("é")
-- %q output is valid Lua that reads back the same value
local vals = {"a\0b\nc\r\"", "\1\2\3", 42, -0.0, 1/3, math.mininteger, 1e308, "\0009"}
local same = 0
for _, v in ipairs(vals) do
  local back = load("return " .. f("%q", v))()
  if back == v and math.type(back) == math.type(v) then same = same + 1 end
end
print("same", same, #vals)
print(pcall(f, "%q", {}))
print(pcall(f, "%q", print))
print(pcall(f, "%10q", "x"))
print(pcall(f, "%q"))
