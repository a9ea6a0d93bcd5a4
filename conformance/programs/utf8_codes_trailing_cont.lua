-- utf8.codes: a continuation byte after the last complete character
local function run(str, lax)
  local out = {}
  local ok, err = pcall(function()
    for p, c in utf8.codes(str, lax) do out[#out + 1] = p .. "=" .. c end
  end)
  print(ok, table.concat(out, " "), err)
end
run("ab\x80")
run("ab\x80", true)
run("ab\x80\x80\x80")
run("\xC3\xA9\x80")
run("a\x80b")
