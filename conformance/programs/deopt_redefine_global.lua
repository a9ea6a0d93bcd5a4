-- a global function is hot, then redefined; callers must see the new target
function f(x) return x + 1 end
function caller(x) return f(x) * 2 end
local s = 0
for i = 1, 4000 do s = s + caller(i) end
print("first", s)
function f(x) return x * 10 end
print("redefined", caller(5))
s = 0
for i = 1, 3000 do s = s + caller(i) end
print("second", s)
f = function(x) return x .. "0" end
print("string result", caller(5), math.type(caller(5)))
local old = f
function f(x) return old(x) .. "1" end
print("wrapped", caller(7))
s = 0
for i = 1, 3000 do
  if i == 1500 then f = function(x) return -x end end
  s = s + caller(i)
end
print("switched mid-loop", s)
function caller(x) return f(x) + f(x) end
print("caller redefined", caller(3))
f = nil
print("before nil call")
print(caller(1))
