-- calling a method field that holds a number
local obj = {count = 3}
function obj:incr() self.count = self.count + 1; return self.count end
print(obj:incr())
print(obj:incr())
print(obj.count)
obj.incr = obj.count
print(obj.incr)
print(type(obj.incr))
print("calling")
print(obj:incr())
print("unreachable")
