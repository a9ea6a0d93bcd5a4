print("never")
print("bad \q escape")
