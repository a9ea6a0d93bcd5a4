-- metamethods that are tables with __call are called with the operands
local function callable(name)
  return setmetatable({name = name}, {__call = function(self, a, b)
    local sa = type(a) == "table" and "T" or tostring(a)
    local sb = type(b) == "table" and "T" or tostring(b)
    print("call", self.name, sa, sb)
    return self.name .. "!"
  end})
end
local mt = {__add = callable("add"), __unm = callable("unm"), __concat = callable("cat"),
            __len = callable("len"), __lt = callable("lt"), __le = callable("le"),
            __eq = callable("eq"), __band = callable("band"), __idiv = callable("idiv")}
local t = setmetatable({}, mt)
local u = setmetatable({}, mt)
print(t + 1)
print(2 + t)
print(-t)
print(t .. "s")
print(#t)
print(t < u, t <= 3, 4 > t)
print(t == u, t ~= u)
print(t & 1, 7 // t)
