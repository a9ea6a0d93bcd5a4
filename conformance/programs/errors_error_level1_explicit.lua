print("start")
local function fail()
  error("level one", 1)
end
print("calling fail")
fail()
