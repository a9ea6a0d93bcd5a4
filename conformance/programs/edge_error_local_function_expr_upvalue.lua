local f = nil
local function outer()
  local f = function(n) if n == 0 then return 0 end return f(n - 1) end
  return f(2)
end
outer()
