-- replacement strings with characters that are special in patterns
print(("a.b"):gsub("%.", "[%0]"))
print(("x"):gsub("x", "$^().[]*+-?"))
print(("x"):gsub("x", "%%%%"))
print(("x"):gsub("x", "%%0"))
print(("ab"):gsub("(a)(b)", "%2%%%1"))
print(("x"):gsub("x", "\n\t\0"):byte(1, -1))
print(("aaa"):gsub("a", "%0a"))
print(("hello"):gsub("l+", "%0%0"))
-- the replacement string is not a pattern
print(("a+b"):gsub("%+", "%%+"))
print(("100"):gsub("0", "%%"))
print(("ab"):gsub("", "%%"))
-- digits after a capture index
print(("ab"):gsub("(a)", "%10"))
print(("ab"):gsub("(a)(b)", "%12%21"))
