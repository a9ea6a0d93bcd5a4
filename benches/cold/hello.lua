-- Cold start: the smallest program (process start, compile, one print).
print("hello")
