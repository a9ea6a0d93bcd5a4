print("never")
local function outer()
  local function inner()
    return 1
  end
  return inner()

