print("never")
)
