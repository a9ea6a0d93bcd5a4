print("never")
print("\u{110000000}")
