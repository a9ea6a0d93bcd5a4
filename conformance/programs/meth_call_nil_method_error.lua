-- calling a method that does not exist
local obj = {name = "o"}
function obj:greet() return "hi " .. self.name end
print(obj:greet())
obj.name = "p"
print(obj:greet())
local alias = obj.greet
print(alias(obj))
print(obj.missing)
print(type(obj.greet))
print("calling")
obj:wave()
print("unreachable")
