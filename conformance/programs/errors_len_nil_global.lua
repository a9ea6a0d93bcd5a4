print("start")
print(#"abc")
print(#nothing_here)
