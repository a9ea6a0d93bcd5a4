print("start")
print(string.upper("ok"))
print(string.upper(nil))
