-- a string literal at the start of a line continues the previous call
print("start")
print("never")
"x"()
