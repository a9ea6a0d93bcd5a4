-- surrogates: strict rejects, lax accepts; overlong encodings always rejected
local cases = {
  {"D800", "\xED\xA0\x80"},
  {"DBFF", "\xED\xAF\xBF"},
  {"DC00", "\xED\xB0\x80"},
  {"DFFF", "\xED\xBF\xBF"},
  {"D7FF", "\xED\x9F\xBF"},
  {"E000", "\xEE\x80\x80"},
  {"overlong /", "\xC0\xAF"},
  {"overlong 0", "\xC0\x80"},
  {"overlong C1", "\xC1\xBF"},
  {"overlong 3", "\xE0\x80\xAF"},
  {"overlong 3b", "\xE0\x9F\xBF"},
  {"overlong 4", "\xF0\x80\x80\xAF"},
  {"overlong 4b", "\xF0\x8F\xBF\xBF"},
  {"overlong 5", "\xF8\x80\x80\x80\xAF"},
  {"min 3", "\xE0\xA0\x80"},
  {"min 4", "\xF0\x90\x80\x80"},
  {"over max", "\xF4\x90\x80\x80"},
  {"5 bytes", "\xF8\x88\x80\x80\x80"},
  {"6 bytes", "\xFC\x84\x80\x80\x80\x80"},
  {"FE", "\xFE"},
}
for _, c in ipairs(cases) do
  local name, str = c[1], c[2]
  local s1 = table.pack(utf8.len(str))
  local s2 = table.pack(utf8.len(str, 1, -1, true))
  local ok1, cp1 = pcall(utf8.codepoint, str)
  local ok2, cp2 = pcall(utf8.codepoint, str, 1, 1, true)
  print(name, s1[1], s1[2], s2[1], s2[2], ok1 and cp1 or "err", ok2 and cp2 or "err")
end
-- utf8.char can produce surrogates and large values (no validation)
print(utf8.len(utf8.char(0xD800)), utf8.len(utf8.char(0xD800), 1, -1, true))
print("\u{D800}" == "\xED\xA0\x80", "\u{7FFFFFFF}" == utf8.char(0x7FFFFFFF))
