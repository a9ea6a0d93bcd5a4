-- an uncaught pattern error ends the program
print(("abc"):gsub("b", "[%0]"))
print(pcall(string.gsub, "abc", "(b)", "%2"))
print(("abc"):match("(b)(c)"))
local r = ("abc"):gsub("(b)", "%2")
print("not reached", r)
