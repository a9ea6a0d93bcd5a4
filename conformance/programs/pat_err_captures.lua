-- capture-related errors
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  for i = 1, r.n do r[i] = tostring(r[i]) end
  print(table.concat(r, " ", 1, r.n))
end
try(string.match, "aa", "(a)%2")
try(string.match, "aa", "%1")
try(string.match, "aa", "%0")
try(string.match, "aa", "(a%1)")
try(string.find, "aa", "(a)%9")
try(string.match, "abc", ")")
try(string.match, "abc", "a)")
try(string.match, "abc", "(a))")
try(string.match, "abc", "(a")
try(string.match, "abc", "a(")
try(string.find, "abc", "(b")
try(string.gsub, "abc", "(b", "x")
try(string.gmatch("abc", "(b"))
try(string.match, "abc", "((a)")
-- 32 captures are fine, 33 are too many
local s = string.rep("a", 40)
local r = table.pack(s:match(string.rep("(a)", 32)))
print(r.n, r[1], r[32])
try(string.match, s, string.rep("(a)", 33))
try(string.match, s, string.rep("()", 33))
try(string.find, "b", string.rep("(a)", 33))   -- never opened: no error
-- capture index errors in replacement strings
try(string.gsub, "abc", "(b)", "%2")
try(string.gsub, "abc", "b", "%2")
try(string.gsub, "abc", "b", "%1")
try(string.gsub, "abc", "(b)", "%9")
try(string.gsub, "abc", "x", "%9")   -- no match, replacement never expanded
