-- reads and writes globals of the environment it is given
result = (base or 0) * 2
return result, _G == nil
