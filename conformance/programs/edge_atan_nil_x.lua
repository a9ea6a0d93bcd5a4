-- math.atan's second argument is optional: nil means 1
print(math.atan(1, nil))
print(math.atan(-1, nil) == math.atan(-1))
