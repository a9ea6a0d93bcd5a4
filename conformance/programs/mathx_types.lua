-- math.type of the results of modf, deg, rad and friends
local function t(...)
  local r = {}
  for i = 1, select("#", ...) do r[i] = tostring(math.type((select(i, ...)))) end
  return table.concat(r, ",")
end
print("modf int", t(math.modf(3)))
print("modf float", t(math.modf(3.5)))
print("modf whole float", t(math.modf(3.0)))
print("modf inf", t(math.modf(math.huge)))
print("modf str", t(math.modf("4")))
print("deg int", t(math.deg(1)))
print("deg float", t(math.deg(1.0)))
print("rad int", t(math.rad(180)))
print("rad float", t(math.rad(180.0)))
print("deg zero", t(math.deg(0)))
print("type non-number", math.type("1"), math.type(nil), math.type({}))
print(pcall(math.type))
-- results are usable as integers / floats afterwards
local i = math.modf(7.9)
print(i, i // 2, i / 2, string.format("%d", i))
local ok, err = pcall(string.format, "%d", math.modf(2^63))
print(ok, err)
print(math.tointeger((math.modf(42.5))), math.tointeger(math.deg(0)))
print(math.floor(math.deg(math.pi)), math.type(math.floor(math.deg(math.pi))))
