-- arithmetic on a missing self field inside a method
local obj = {a = 1}
function obj:sum() return self.a + self.b end
obj.b = 2
print(obj:sum())
obj.b = 2.5
print(obj:sum())
obj.b = "3"
print(obj:sum())
obj.b = nil
print(obj.a, obj.b)
print("calling")
print(obj:sum())
print("unreachable")
