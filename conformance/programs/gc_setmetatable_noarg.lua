print("before")
setmetatable({})
