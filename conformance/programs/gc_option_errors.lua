-- a bad option is an argument error
print(collectgarbage("count") > 0)
collectgarbage("everything")
