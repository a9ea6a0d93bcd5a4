print("start")
local v = nil
assert(v, "custom assertion message")
