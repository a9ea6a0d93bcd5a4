-- an uncaught error whose value has __tostring is reported with that text
local Err = {}
Err.__index = Err
Err.__tostring = function(self) return "ValidationError: " .. self.field .. " is required" end
local function validate(rec)
  if rec.name == nil then error(setmetatable({field = "name"}, Err)) end
  return true
end
print(validate({name = "ok"}))
local ok, e = pcall(validate, {})
print(ok, tostring(e))
print("now uncaught")
validate({age = 3})
print("unreachable")
