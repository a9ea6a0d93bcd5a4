-- a reader ends the chunk by returning nil, an empty string, or nothing
local function reader(list)
  local i = 0
  local calls = 0
  return function()
    calls = calls + 1
    i = i + 1
    return list[i]
  end, function() return calls end
end
-- nil ends the input
local r, calls = reader({ "return ", "1" })
print(load(r)(), calls())
-- an empty string ends the input too, later pieces are never read
local list = { "return ", "2", "", " + 100" }
local i = 0
local n = 0
local f = load(function() n = n + 1 i = i + 1 return list[i] end)
print(f(), n)
-- returning nothing at all ends the input
local first = true
f = load(function() if first then first = false return "return 3" end end)
print(f())
-- an empty chunk from a reader that ends immediately
f = load(function() return nil end)
print(type(f), select('#', f()))
f = load(function() return "" end)
print(type(f), select('#', f()))
