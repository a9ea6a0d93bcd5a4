-- ^ and $ anchors; literal when not in anchor position
print(("hello"):find("^h"), ("hello"):find("^e"))
print(("hello"):find("o$"), ("hello"):find("l$"))
print(("hello"):find("^hello$"), ("hello!"):find("^hello$"))
print(("hello"):match("^(.-)$"))
print(("a$b"):find("a$b"))          -- $ not at end is literal
print(("a$b"):find("$b"))
print(("a^b"):find("a^b"))          -- ^ not at start is literal
print(("x^"):find("x^"))
print(("$"):find("$"), ("$"):find("$$"), ("a$"):find("$$"))
print(("^"):find("^^"), ("^^x"):match("^^+"))
print((""):find("^$"), ("a"):find("^$"))
print(("abc"):find("^", 2), ("abc"):find("$", 2))
print(("line1\nline2"):match("^(%w+)$"))   -- no multiline mode
print(("line1\nline2"):match("(%w+)$"))
-- anchored with init: ^ anchors at init
print(("abcabc"):find("^abc", 4), ("abcabc"):find("^abc", 3))
print(("abcabc"):match("^(b)", 2))
-- gsub anchored replaces at most once
print(("aaa"):gsub("^a", "b"))
print(("aaa"):gsub("a$", "b"))
print(("aaa"):gsub("^a*$", "b"))
-- in gmatch a leading ^ is a literal character, not an anchor
local t = {}
for w in ("^a^b"):gmatch("^.") do t[#t + 1] = w end
print(#t, table.concat(t, ","))
