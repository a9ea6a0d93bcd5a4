-- io.write writes its arguments one by one: "a" is out before the bad argument #2
io.write("a", nil)
