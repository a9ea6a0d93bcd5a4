-- goto needs a name (compile error)
print("not printed")
local i = 0
::top::
i = i + 1
if i < 3 then
  goto 5
end
print(i)
print("end")
