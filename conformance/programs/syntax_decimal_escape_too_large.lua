print("never")
print("\300")
