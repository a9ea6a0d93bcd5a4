-- math.fmod with integer zero divisor
print("float", math.fmod(1, 0.0))
print("ok", math.fmod(5, 2))
print(math.fmod(1, 0))
