-- length and comparison
print(#"", #"a", #"hello", #"with\0nul")
print(#"\u{FFFF}")
local s = "abc"
print(#s, -#s, #s + 1, #s * 2)
print("a" < "b", "a" < "B", "B" < "a")
print("abc" < "abd", "abc" < "ab", "ab" < "abc")
print("" < "a", "" == "", "a" <= "a", "b" >= "a")
print("10" < "2", "10" < "10 ")
print("\0" < "\1", "a\0" > "a", "\255" > "\127")
print("Z" < "a", "z" > "A")
print("abc" == "abc", "abc" ~= "abd")
print(("x"):len(), s:len())
print(#"café")
