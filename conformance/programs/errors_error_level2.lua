print("start")
local function validate(n)
  if type(n) ~= "number" then
    error("expected a number", 2)
  end
  return n
end
print(validate(3))
local r = validate("three")
print("not reached", r)
