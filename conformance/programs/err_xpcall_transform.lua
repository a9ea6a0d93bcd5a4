-- the xpcall handler's first return value replaces the error value
local function upper(e) return string.upper(tostring(e)) end
print(xpcall(function() error("quiet", 0) end, upper))
local function multi(e) return "first", "second", "third" end
print(xpcall(function() error("x") end, multi))
print(select('#', xpcall(function() error("x") end, multi)))
local function none(e) end
print(xpcall(function() error("x") end, none))
print(select('#', xpcall(function() error("x") end, none)))
local function wrap(e) return {original = e} end
local ok, e = xpcall(function() error("inner", 0) end, wrap)
print(ok, type(e), e.original)
local function count(e) return #tostring(e) end
print(xpcall(function() error(12345) end, count))
print(xpcall(function() return "no error", 2 end, upper))
print(xpcall(function() error("boom", 0) end, function(m) return m .. "!", nil end))
