print("start")
print(tostring(nil))
print(tostring())
