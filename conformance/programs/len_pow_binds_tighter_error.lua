-- ^ binds tighter than unary #, so #t ^ 2 is #(t ^ 2)
local t = {1, 2, 3, 4}
print(#t + 1)
print((#t) ^ 2)
print(2 ^ #t)
local sq = #t * #t
print(sq)
print(-#t)
print(#t .. "")
print("now #t ^ 2")
print(#t ^ 2)
print("unreachable")
