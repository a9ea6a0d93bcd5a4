-- a method reference without a call (compile error)
print("not printed")
local obj = {v = 1}
function obj:get() return self.v end
print(obj:get())
local m = obj:get
print(m)
local n = 2
print(n)
print("end")
