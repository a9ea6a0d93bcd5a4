-- multiple results as call arguments
local function three() return 1, 2, 3 end
local function none() end
local function count(...) return select("#", ...) end
print(three())
print(three(), 10)
print(10, three())
print(three(), three())
print((three()))
print(count(three()))
print(count(three(), three()))
print(count(none()))
print(count(none(), none()))
print(count((none())))
print(count(1, none()))
print(count(none(), 1))
print(math.max(three()))
print(math.max(three(), 0))
print(string.format("%d-%d-%d", three()))
print(string.char(72, 105), string.char(three()) == "\1\2\3")
local function pass(...) return ... end
print(pass(three()))
print(pass(pass(pass(1, 2), 3)))
