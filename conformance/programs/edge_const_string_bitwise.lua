-- bitwise op on a folded string constant: Lua names it "constant '10'"
local k <const> = "10"
print(k + 1, k .. "!")
print(k | 1)
