-- syntax errors are returned as nil plus a message
local sources = {
  "x = ",
  "return return",
  "local 1 = 2",
  "if x then",
  "for i = 1 do end",
  "x = (1 + 2",
  "f(",
  "return 1 +* 2",
  "local t = {1, 2",
  "x = 'unfinished",
  "x = [[never closed",
  "break",
  "goto nowhere",
  "local x <bogus> = 1",
  "::a:: ::a::",
  "x = 0x",
  "return 1 .. 2 ..",
  "a.b:c = 1",
  "x = }",
  "end",
  "while true do\n  x = 1\n",
  "local s = \"bad escape \\q\"",
  "x = 3 = 4",
}
for i = 1, #sources do
  local f, msg = load(sources[i])
  print(i, f, msg)
end
