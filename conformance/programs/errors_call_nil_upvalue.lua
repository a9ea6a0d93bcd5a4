print("start")
local helper
local function run() return helper(1) end
print("run defined")
run()
