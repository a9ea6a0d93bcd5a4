-- goto cannot leave a function (compile error)
print("not printed")
local function f()
  for i = 1, 3 do
    if i == 2 then goto outside end
  end
  return 1
end
::outside::
print(f())
print("end")
