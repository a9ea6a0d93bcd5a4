-- gsub with a function replacement
print(("hello world"):gsub("%w+", string.upper))
print(("hello world"):gsub("%w+", function(w) return #w end))
print(("hello world"):gsub("%w+", function(w) return #w / 2 end))
print(("a b c"):gsub("%a", function(c) if c == "b" then return nil end return c:upper() end))
print(("a b c"):gsub("%a", function(c) if c == "b" then return false end return "" end))
print(("a b c"):gsub("%a", function() end))
print(("k=v x=y"):gsub("(%w+)=(%w+)", function(k, v) return v .. "=" .. k end))
print(("abc"):gsub("()", function(p) return p end))
print(("abc"):gsub("%a", function(...) return select("#", ...) end))
print(("ab"):gsub("(a)(b)", function(...) return select("#", ...) end))
-- multiple return values: only the first is used
print(("ab"):gsub(".", function(c) return c, "ignored" end))
-- call order and count
local order = {}
print(("xyz"):gsub(".", function(c) order[#order + 1] = c; return nil end))
print(table.concat(order))
-- errors from the function propagate
print(pcall(string.gsub, "x", "x", function() error("boom", 0) end))
local ok, e = pcall(string.gsub, "x", "x", function() error({code = 7}) end)
print(ok, type(e), e.code)
print(pcall(string.gsub, "x", "x", function() return {} end))
print(pcall(string.gsub, "x", "x", function() return true end))
print(pcall(string.gsub, "x", "x", function() return print end))
-- callable table is a table replacement, not a function
local ct = setmetatable({}, {__call = function() return "called" end})
print(("x"):gsub("x", ct))
-- gsub inside the function
print(("a1 b2"):gsub("%w+", function(w) return (w:gsub("%d", "#")) end))
