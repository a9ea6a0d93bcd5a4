-- the same label twice in one function (compile error)
print("not printed")
local n = 0
::again::
n = n + 1
if n < 3 then goto again end
do
  print(n)
end
::again::
print("end")
