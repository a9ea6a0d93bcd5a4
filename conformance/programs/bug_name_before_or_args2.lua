-- Found by the differential generator: the name of a global called with an `or` argument.
local G_bool = false
print("before")
f2(((G_bool or "x") == nil))
