print("never")
42
