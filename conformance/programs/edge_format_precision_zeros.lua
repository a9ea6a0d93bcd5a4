-- '%s' without modifiers keeps embedded zeros; with a precision or width Lua refuses them
print(#string.format("%s", "a\0b"))
print(string.format("%.1s", "a\0b"))
