-- goto cannot jump into a loop body (compile error)
print("not printed")
local s = 0
goto body
for i = 1, 3 do
  ::body::
  s = s + i
end
print(s)
local z = 1
print(z)
