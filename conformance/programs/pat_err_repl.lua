-- replacement string and value errors
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  for i = 1, r.n do r[i] = tostring(r[i]) end
  print(table.concat(r, " ", 1, r.n))
end
try(string.gsub, "abc", "b", "%x")
try(string.gsub, "abc", "b", "%")
try(string.gsub, "abc", "b", "x%")
try(string.gsub, "abc", "b", "%a")
try(string.gsub, "abc", "b", "% ")
try(string.gsub, "abc", "x", "%x")        -- no match, no error
try(string.gsub, "abc", "b", "%%")
try(string.gsub, "abc", "b", {b = {}})
try(string.gsub, "abc", "b", {b = true})
try(string.gsub, "abc", "b", {b = print})
try(string.gsub, "abc", "b", function() return {} end)
try(string.gsub, "abc", "b", function() return true end)
try(string.gsub, "abc", "b", function() return 1, {} end)
try(string.gsub, "abc", "b", {b = false})
try(string.gsub, "abc", "b", function() return false end)
-- the error happens at the first bad match; earlier replacements are lost
local n = 0
try(string.gsub, "abcb", "b", function() n = n + 1; if n == 2 then return {} end return "B" end)
print(n)
