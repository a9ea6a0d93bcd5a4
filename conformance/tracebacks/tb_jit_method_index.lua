-- a hot method call whose last call indexes nil
local Obj = {}
Obj.__index = Obj
function Obj:get(k) return self.data[k].value end
local function scan(objs, n)
  local s = 0
  for i = 1, n do s = s + objs[i]:get("a") end
  return s
end
local objs = {}
for i = 1, 9999 do objs[i] = setmetatable({data = {a = {value = i}}}, Obj) end
objs[10000] = setmetatable({data = {}}, Obj)
print(scan(objs, 9999))
scan(objs, 10000)
