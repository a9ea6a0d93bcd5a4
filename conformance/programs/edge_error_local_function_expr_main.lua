local f = function(n) if n == 0 then return 0 end return f(n-1) end
print(f(3))
