local a, b, c, d = "a", 1, true, "d"
print(a .. b .. c .. d)
