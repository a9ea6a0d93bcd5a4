-- methods on strings come from the string table, including ones the program adds
function string.shout(s) return s:upper() .. "!" end
print(("hey"):shout())
local s = "abc"
print(s:len(), s:rep(2, "-"), s:upper():lower())
string.len = function() return 99 end
print(s:len(), #s)
local n = 0
for i = 1, 3000 do n = n + ("x"):shout():len() end
print(n)
print((5):upper())
