-- method calls shift the argument number in 'bad argument' messages
print("start")
local s = "ab"
print(s:rep(2))
print(s:rep("x"))
