print("never")
local s = [[
never closed

