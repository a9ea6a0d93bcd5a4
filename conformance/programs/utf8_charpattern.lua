-- utf8.charpattern with gmatch / find / gsub
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
print(#utf8.charpattern)
local s = "héllo wörld €✓ 😀!"
local n, parts = 0, {}
for ch in s:gmatch(utf8.charpattern) do
  n = n + 1
  parts[#parts + 1] = #ch
end
print(n, utf8.len(s))
print(table.concat(parts, ","))
-- reverse a UTF-8 string character by character
local rev = {}
for ch in s:gmatch(utf8.charpattern) do table.insert(rev, 1, ch) end
print(table.concat(rev))
-- count multibyte characters
local multi = select(2, s:gsub("[\xC2-\xFD][\x80-\xBF]*", ""))
print("multibyte", multi)
-- positions with find
local pos, i = {}, 1
while true do
  local a, b = s:find(utf8.charpattern, i)
  if not a then break end
  pos[#pos + 1] = a .. "-" .. b
  i = b + 1
end
print(table.concat(pos, " "))
-- stray continuation bytes are not matched at the start
local bad = "a\x80b"
local got = {}
for ch in bad:gmatch(utf8.charpattern) do got[#got + 1] = string.format("%q", ch) end
print(table.concat(got, " "))
