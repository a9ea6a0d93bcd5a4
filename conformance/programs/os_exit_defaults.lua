-- os.exit() with no status ends with EXIT_SUCCESS even after an error was caught
print(pcall(error, "caught"))
print(pcall(os.exit, "not a number"))
print(pcall(os.exit, 1.5))
print("now exiting")
os.exit()
print("never printed")
