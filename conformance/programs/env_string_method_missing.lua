-- a method the string table lacks is a call of nil, named as a method
local s = "text"
print(s:upper())
print(s:missing())
