-- gmatch / gsub over patterns that can match empty
local function show(s, p)
  local t = {}
  for m in s:gmatch(p) do t[#t + 1] = "<" .. m .. ">" end
  print(s, p, #t, table.concat(t))
end
show("baaac", "a*")
show("baaac", "a-")
show("baaac", "a?")
show("abc", "")
show("", "")
show("", "a*")
show("aXbXXc", "[^X]*")
show("a,b,,c,", "([^,]*)")
show("one  two", "%s*")
show("xyz", "()")
print(("baaac"):gsub("a*", "-"))
print(("abc"):gsub("", "-"))
print(("abc"):gsub("x*", "-"))
print(("hello world"):gsub("%w*", "<%0>"))
print(("a,b,,c"):gsub("[^,]*", "[%0]"))
print(("aaa"):gsub("a-", "."))
