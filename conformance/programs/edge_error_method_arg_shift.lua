print(("x"):rep())
