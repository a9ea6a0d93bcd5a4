-- gsub with a table replacement
local t = {name = "Lua", version = 5.4, year = 1993, off = false, yes = true and "Y", [1] = "one"}
print(("$name $version $year $missing"):gsub("%$(%w+)", t))
print(("$off stays"):gsub("%$(%w+)", t))
print(("$yes"):gsub("%$(%w+)", t))
print(("1 2 3"):gsub("%d", t))          -- key is the string "1", not the number 1
print(("1 2"):gsub("%d", {["1"] = "uno", ["2"] = 2}))
print(("hello world"):gsub("%w+", {hello = "HI"}))   -- whole match used as key
print(("a-b"):gsub("(%a)-(%a)", {a = "A", b = "B"})) -- only first capture is the key
print(("pos"):gsub("()", {[1] = "first", [4] = "last"})) -- position captures are integer keys
print(("x"):gsub("x", {x = 3.0}))
print(("x"):gsub("x", {x = -0.0}))
print(("x"):gsub("x", {x = 1e100}))
print(("x"):gsub("x", {x = math.mininteger}))
-- __index metamethod is honored
local mt = setmetatable({}, {__index = function(_, k) return k:upper() end})
print(("abc def"):gsub("%a+", mt))
local calls = 0
local counting = setmetatable({}, {__index = function(_, k) calls = calls + 1; if k == "b" then return nil end return "<" .. k .. ">" end})
print(("abc"):gsub(".", counting), calls)
print(pcall(string.gsub, "x", "x", {x = {}}))
print(pcall(string.gsub, "x", "x", {x = true}))
