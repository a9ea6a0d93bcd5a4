-- parentheses truncate to exactly one value
local function three() return "a", "b", "c" end
local function none() end
print((three()))
print((none()))
print(select("#", (none())))
local t = {(three())}
print(#t)
local a, b = (three())
print(a, b)
local function r() return (three()) end
print(r())
print(type((three())))
local x = (none())
print(x)
print(((three())) .. "!")
print((select(2, three())))
print(select(2, three()))
