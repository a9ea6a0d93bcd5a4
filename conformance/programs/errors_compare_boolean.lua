print("start")
print(true == true)
print(true < false)
