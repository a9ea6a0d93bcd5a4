print("start")
print(tonumber("10", 36))
print(tonumber("10", 99))
