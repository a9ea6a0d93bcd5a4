-- os.exit(false) ends with EXIT_FAILURE (1) and prints no error message
print("exiting with false")
local t = setmetatable({}, {__index = function(_, k)
  if k == "stop" then os.exit(false) end
  return k
end})
print(t.hello)
print(t.stop)
print("never printed")
