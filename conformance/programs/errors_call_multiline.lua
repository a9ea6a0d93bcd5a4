-- the line of a call error is where the called expression starts
print("start")
local f
f(
  1,
  2
)
