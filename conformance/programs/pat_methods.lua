-- pattern functions as methods through the string metatable
local s = "Hello, Lua 5.4!"
print(s:find("Lua"), s:match("%d+%.%d+"), s:gsub("%a+", "w"))
print(("literal"):find("t"), ("x"):rep(3):gsub("x", "y"))
print(s:lower():gsub("l", "L"):upper())
local mt = getmetatable("")
print(mt.__index == string, rawequal(mt.__index.gsub, string.gsub))
-- methods can be looked up dynamically
for _, name in ipairs({"find", "match", "gmatch"}) do local r = s[name](s, "%u"); print(name, type(r) == "function" and r() or r) end
print(s["gsub"](s, "%u", "_"))
-- adding a function to string makes it a method
function string.count(str, pat) return select(2, str:gsub(pat, "")) end
print(s:count("%a"), ("banana"):count("an"), ("aaa"):count(""))
function string.split(str, sep)
  local t = {}
  for piece in (str .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do t[#t + 1] = piece end
  return t
end
print(table.concat(("a.b..c"):split("."), "|"), #("a.b..c"):split("."))
print(table.concat(("one::two::::three"):split("::"), "|"))
string.count, string.split = nil, nil
print(pcall(function() return s:count("a") end))
-- chained calls
print(("  Mixed Case  "):match("^%s*(.-)%s*$"):lower():gsub("%s", "_"))
