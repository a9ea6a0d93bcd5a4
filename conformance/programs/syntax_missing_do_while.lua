print("never")
local i = 0
while i < 3
  i = i + 1
end
