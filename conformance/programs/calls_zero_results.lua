-- calls returning no values
local function none() end
print(none())
print((none()))
print(1, none())
print(none(), 1)
local function g() return none() end
print(g())
print((g()))
local x = none()
print("x", x)
local a, b = none(), 5
print("a", a, "b", b)
local c, d = 5, none()
print("c", c, "d", d)
print(type((none())))
print("concat", tostring((none())))
io.write(none())
io.write("after empty write\n")
local function empty_return() return end
print(empty_return())
print("count via tostring", tostring((empty_return())))
