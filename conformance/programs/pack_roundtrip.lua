-- round trips of many values through many formats
local vals = {0, 1, -1, 2, -2, 127, -128, 255, 256, 32767, -32768, 65535, 65536,
  2^31 - 1, -2^31, 2^32 - 1, 2^40 + 3, -2^40, 2^53, math.maxinteger, math.mininteger}
local fmts = {"b", "B", "h", "H", "i3", "I3", "i", "I", "i5", "i6", "I7", "j", "J", "i10", "i16", "I12", "l", "T"}
local ok_count, fail_count, mismatch = 0, 0, 0
local lines = {}
for _, f in ipairs(fmts) do
  local row = {}
  for _, v in ipairs(vals) do
    v = math.tointeger(v)
    local ok, s = pcall(string.pack, "<" .. f, v)
    if ok then
      local back = string.unpack("<" .. f, s)
      local back2 = string.unpack(">" .. f, string.pack(">" .. f, v))
      if back == v and back2 == v then ok_count = ok_count + 1; row[#row + 1] = "="
      else mismatch = mismatch + 1; row[#row + 1] = "~" end
    else
      fail_count = fail_count + 1; row[#row + 1] = "x"
    end
  end
  lines[#lines + 1] = string.format("%-4s %s", f, table.concat(row))
end
print(table.concat(lines, "\n"))
print(ok_count, fail_count, mismatch)
-- mixed records
local rec = string.pack("<bBhHiIjJfdns1s2zc4", -1, 1, -2, 2, -3, 3, -4, 4, 0.5, 0.25, 8.0, "s1", "s2", "zz", "cccc")
print(#rec, string.unpack("<bBhHiIjJfdns1s2zc4", rec))
local t = table.pack(string.unpack(">!8bBhHiIjJfdn", string.pack(">!8bBhHiIjJfdn", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
print(t.n, table.concat(t, ",", 1, t.n))
