print("before")
setmetatable({}, 5)
