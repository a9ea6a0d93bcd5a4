-- %F is not an accepted conversion in Lua 5.4.4
print(string.format("%f", 1.5))
print(string.format("%e", 1.5))
print(string.format("%F", 1.5))
