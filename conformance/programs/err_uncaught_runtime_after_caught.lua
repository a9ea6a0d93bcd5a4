-- several caught errors followed by a final uncaught runtime error in a nested call
local caught = {}
for i, f in ipairs({
  function() error("one") end,
  function() return nil + 1 end,
  function() return {} .. "" end,
}) do
  local ok, e = pcall(f)
  caught[i] = tostring(ok)
end
print(table.concat(caught, ","))
local function level3(t) return t.a.b.c end
local function level2(t) return level3(t) end
local function level1(t) return level2(t) end
print(level1({a = {b = {c = "deep"}}}))
level1({a = {}})
print("unreachable")
