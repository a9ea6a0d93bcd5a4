local function id(v) return v end
local a = nil
local x = a < id(
  1
  )
