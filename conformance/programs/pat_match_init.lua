-- string.match with init
local s = "one two three"
print(s:match("%a+"), s:match("%a+", 4), s:match("%a+", 5), s:match("%a+", -5))
print(s:match("%a+", 0), s:match("%a+", 100), s:match(".-$", 14), s:match(".", 14))
print(s:match("^%a+", 5), s:match("^%a+", 6))
print(s:match("(%a+) (%a+)", 2))
print(string.match("2024-01-31", "(%d+)-(%d+)", 3))
local function words(str)
  local out, pos = {}, 1
  while true do
    local w, np = str:match("(%a+)()", pos)
    if not w then break end
    out[#out + 1] = w
    pos = np
  end
  return out
end
print(table.concat(words("alpha, beta; gamma delta"), "|"))
print(pcall(string.match, "abc", "b", {}))
print(("abc"):match("c", 3.0), pcall(string.match, "abc", "c", 2.5))
print(("123"):match("%d", "2"))
