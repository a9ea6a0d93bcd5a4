-- math.maxinteger is a field of the math table: Lua names it in the message
print(math.maxinteger)
math.maxinteger()
