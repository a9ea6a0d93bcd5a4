print("never")
if then print(1) end
