print("never")
local limit <const> = 5
local function f()
  limit = limit + 1
end
