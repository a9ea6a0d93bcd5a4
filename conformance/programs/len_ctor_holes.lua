-- # of constructors that contain nils (array part is sized by the constructor)
print(#{1, 2, nil, 4})
print(#{1, nil, 3})
print(#{nil, nil, 3})
print(#{1, 2, 3, nil})
print(#{1, 2, 3, nil, 5, nil})
print(#{nil, 2})
print(#{1, nil})
print(#{1, nil, nil, nil, nil, nil, nil, 8})
print(#{1, 2, 3, 4, nil, nil, nil, nil})
print(#{nil, nil, nil, nil, nil})
print(#{1, 2, nil, nil, 5, 6, 7})
local a = {1, nil, 3}
a[4] = 4
print(#a)
local b = {1, 2, nil, 4}
b[4] = nil
print(#b)
local c = {nil, nil, 3}
c[3] = nil
print(#c)
