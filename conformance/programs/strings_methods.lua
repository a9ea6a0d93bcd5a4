-- string methods via the colon syntax
local s = "Hello"
print(s:len(), s:upper(), s:lower(), s:reverse())
print(s:sub(2, 3), s:byte(1), s:rep(2, " "))
print(("%d|%s"):format(7, s))
print(("abc"):upper(), ("ABC"):lower())
print(("x"):rep(3):upper():len())
local n = 42
print(tostring(n):rep(2))
print(("%5.2f"):format(3.14159))
print(s:sub(-3):upper())
print(("a,b"):byte(2), ("\0"):len())
local t = "chain"
t = t:upper()
t = t:reverse()
print(t)
print(#s:rep(3), -s:len())
