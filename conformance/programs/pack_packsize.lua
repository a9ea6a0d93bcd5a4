-- packsize of many fixed formats
local fmts = {
  "", "b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "f", "d", "n",
  "i1", "i2", "i3", "i5", "i7", "i9", "i15", "i16", "I11",
  "x", "xx", "c7", "bhij", "<bhij", ">bhij", "=bhij",
  "!bhij", "!1bhij", "!2bhij", "!4bhij", "!8bhij", "!16bhij",
  "!bd", "!bf", "!bn", "!4bd", "!bXd", "!bXf", "bXd", "!xXh",
  "!2i3i5i7", "!2i3Xi8", "!8bXi8", "!2c3h", "!8c3j", "<!4!8bj", "!bxXi2",
  "i4i4i4i4i4i4i4i4i4i4",
}
for _, f in ipairs(fmts) do
  print(string.format("%-22s %d", "'" .. f .. "'", string.packsize(f)))
end
-- packsize agrees with #pack for fixed formats
local agree = 0
for _, f in ipairs({"!8bj", "<i3h", ">!4bXi8d", "c5xi2", "!16bi16"}) do
  local args = {}
  for o in f:gmatch("[bhijdc]%d*") do args[#args + 1] = o:sub(1, 1) == "c" and "abcde" or 1 end
  if #string.pack(f, table.unpack(args)) == string.packsize(f) then agree = agree + 1 end
end
print("agree", agree)
print(pcall(string.packsize, "i" .. string.rep("9", 30)))
