print("never");
"x"()
