-- pcall cannot catch os.exit: the process still ends with status 2
print("start")
local ok, err = pcall(function()
  print("inside pcall")
  os.exit(2)
end)
print("after pcall", ok, err)
print(pcall(os.exit, 2))
print("never printed")
