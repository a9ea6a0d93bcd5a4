-- a method name must be last in a function name (compile error)
print("not printed")
local a = {b = {}}
function a.b:c() return 1 end
print(a.b:c())
function a:b.c()
  return 2
end
print(a.b.c())
print("end")
