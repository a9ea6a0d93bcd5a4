-- a function whose _ENV parameter is nil
local function get(_ENV) return value end
print(get({value = 1}))
print(get({value = "two"}))
print(get({}))
local function set(_ENV, v) value = v end
local box = {}
set(box, 3)
print(box.value)
print("nil env now")
print(get(nil))
print("unreachable")
