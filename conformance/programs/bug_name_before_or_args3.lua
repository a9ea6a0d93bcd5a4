-- Found by the differential generator: the builtin's call-site name survives an `or` in its
-- arguments, inside a function.
local G_str = "xy"
local function f2(p0)
  G_str = string.format("%d", ((tonumber(G_str) or 0.25) - math.fmod(-1, 10)))
end
print("start")
f2(0)
