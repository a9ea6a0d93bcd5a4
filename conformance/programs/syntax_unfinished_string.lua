print("never")
print("abc)
