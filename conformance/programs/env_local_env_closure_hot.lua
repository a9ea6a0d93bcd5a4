-- closures capture a local _ENV: their free names read it, hot and cold
local print = print
local function make(env)
  local _ENV = env
  return function(i) acc = (acc or 0) + i return acc end
end
local e1, e2 = {}, {acc = 1000}
local f1, f2 = make(e1), make(e2)
for i = 1, 4000 do f1(1) f2(2) end
print(e1.acc, e2.acc, acc)
