-- a file that raises an error on line 4
local function check(x)
  if x < 0 then
    error("negative value " .. x)
  end
  return x
end
return check(-5)
