-- the xpcall message handler receives the original error value
local seen
local function h(e) seen = e; return e end
local errt = {tag = "t"}
print(xpcall(function() error(errt) end, h) , seen == errt)
print(xpcall(function() error("str") end, h))
print(type(seen), seen)
print(xpcall(function() error(17) end, h))
print(math.type(seen))
print(xpcall(function() error(nil) end, h))
print(seen)
print(xpcall(function() local x; return x.y end, h))
print(xpcall(function() error("lvl0", 0) end, h))
print(xpcall(error, h, false))
print(seen)
local function h2(e) return type(e) end
print(xpcall(function() error(print) end, h2))
print(xpcall(function() return 1 + {} end, h2))
