-- utf8.codes over a mixed string, strict mode
local s = "aé€😀\0z"
for p, c in utf8.codes(s) do
  print(p, c, string.format("U+%04X", c))
end
local sum = 0
for _, c in utf8.codes("") do sum = sum + 1 end
print("empty", sum)
-- the iterator function and state
local f, st, init = utf8.codes("ab")
print(type(f), st, init)
print(f(st, init))
print(f(st, 1))
print(f(st, 2))
-- errors on invalid sequences
local function run(str, lax)
  local out = {}
  local ok, err = pcall(function()
    for p, c in utf8.codes(str, lax) do out[#out + 1] = p .. "=" .. c end
  end)
  print(ok, table.concat(out, " "), err)
end
run("ab\xFFcd")
run("\xC3")
run("a\xC3(")
run("\xE2\x82")
run("\xC0\x80")
run("\xF4\x90\x80\x80")
run("\xF4\x90\x80\x80", true)
run("\xED\xA0\x80")
run("\xED\xA0\x80", true)
run("\xF8\x88\x80\x80\x80", true)
run("\xF8\x88\x80\x80\x80")
