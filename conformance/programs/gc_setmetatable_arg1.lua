print("before")
setmetatable(1, {})
