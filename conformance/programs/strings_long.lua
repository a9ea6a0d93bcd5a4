-- long strings
local a = [[hello]]
print(a, #a)
local b = [[
first newline skipped]]
print(b, #b)
local c = [[

two newlines, one skipped]]
print(c, #c)
local d = [==[contains ]] and ]=] inside]==]
print(d)
local e = [=[
line1
line2
]=]
io.write(e)
print(#e)
local f = [[no \n escapes \t here]]
print(f)
local g = [[]]
print("empty", #g, g == "")
print([[a]] .. [=[b]=] .. [===[c]===])
--[[ a long
comment ]] print("after long comment")
--[==[ another
]] still comment
]==] print("after level-2 comment")
-- a line comment print("not printed")
print("done") -- trailing comment
---[[ this is a line comment
print("three dashes")
--]]
