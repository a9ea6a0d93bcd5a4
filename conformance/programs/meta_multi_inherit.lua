-- multiple inheritance: __index function searching a list of parents in order
local function createClass(...)
  local parents = {...}
  local c = {}
  setmetatable(c, {__index = function(t, k)
    for i = 1, #parents do
      local v = parents[i][k]
      if v ~= nil then t[k] = v; return v end -- cache in the class
    end
  end})
  c.__index = c
  return c
end
local Named = {}
function Named:getname() return self.name end
function Named:setname(n) self.name = n end
function Named:hello() return "Named hello" end
local Aged = {}
function Aged:getage() return self.age end
function Aged:hello() return "Aged hello" end
local Person = createClass(Named, Aged)
local Rev = createClass(Aged, Named)
local p = setmetatable({name = "Paul", age = 30}, Person)
local r = setmetatable({name = "Rita", age = 40}, Rev)
print(p:getname(), p:getage(), p:hello())
print(r:getname(), r:getage(), r:hello())
p:setname("Pete")
print(p:getname(), rawget(Person, "setname") == Named.setname, rawget(Person, "nothing"))
print(p.missing, rawget(Rev, "hello") == Aged.hello)
