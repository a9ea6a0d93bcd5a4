-- a hot call site whose target stops being a function
local function id(x) return x end
g = id
local function callg(x) return g(x) end
local s = 0
for i = 1, 4000 do s = s + callg(i) end
print("s", s)
g = function(x) return x * 2 end
print("new g", callg(21))
g = print
callg("print via g")
g = 42
print("before calling a number")
callg(1)
