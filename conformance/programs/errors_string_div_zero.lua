-- string operands go through the string metamethods: no position in the message
print("start")
print("10" // "3")
print("10" // "0")
