-- __name in the metatable changes the tostring prefix (only the prefix is printed)
local function prefix(v)
  local s = tostring(v)
  local cut = #s
  for i = 1, #s do
    if string.sub(s, i, i) == ":" then cut = i - 1; break end
  end
  return string.sub(s, 1, cut)
end
local A = setmetatable({}, {__name = "MyType"})
local B = setmetatable({}, {__name = "Other.Kind"})
local C = setmetatable({}, {__name = 42})
local D = setmetatable({}, {})
print(prefix(A), prefix(B), prefix(C), prefix(D), prefix({}))
print(string.sub(tostring(A), 1, 8))
local both = setmetatable({}, {__name = "Named", __tostring = function() return "tostring wins" end})
print(tostring(both), both)
print(string.sub(string.format("%s", A), 1, 7))
-- __name looked up raw in the metatable, not through __index
local mt = setmetatable({}, {__index = {__name = "Inherited"}})
print(prefix(setmetatable({}, mt)), mt.__name)
print(type(A), getmetatable(A).__name)
