print("start")
counter = 1
print("counter", counter + 1)
print(missing_global * 2)
