print("before")
getmetatable()
