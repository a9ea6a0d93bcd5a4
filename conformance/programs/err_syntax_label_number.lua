-- a label needs a name (compile error)
print("not printed")
local t = {}
for i = 1, 3 do
  t[i] = i
end
:: 1 ::
print(#t)
local x = 1
print(x)
