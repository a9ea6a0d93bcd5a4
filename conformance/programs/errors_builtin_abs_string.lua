print("start")
print(math.abs("-3"))
print(math.abs("minus three"))
