-- passing a zero-result call is "no value", not nil
local function none() end
print("type of nil", type(nil))
print("type of (none())", type((none())))
print(type(none()))
