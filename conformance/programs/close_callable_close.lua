-- __close can be any callable: a function or a table with __call
local calls = {}
local callable = setmetatable({tag = "callable"}, {
  __call = function(self, obj, err, ...)
    print("__call", self.tag, obj.name, err, select("#", ...))
  end
})
local mt = {__close = callable}
do
  local a <close> = setmetatable({name = "A"}, mt)
  local b <close> = setmetatable({name = "B"}, mt)
  print("in block")
end
-- a function __close gets exactly two arguments: the value and the error (nil)
local mt2 = {__close = function(...)
  local n = select("#", ...)
  local o, e = ...
  print("fn close", n, o.name, e)
  return "ignored", "results"
end}
do
  local c <close> = setmetatable({name = "C"}, mt2)
end
-- the same object closed twice through two variables
local shared = setmetatable({name = "S"}, mt2)
do
  local s1 <close> = shared
  local s2 <close> = shared
  print("same object", s1 == s2)
end
-- error value passed to a callable table
local ok, err = pcall(function()
  local d <close> = setmetatable({name = "D"}, mt)
  error("oops", 0)
end)
print("pcall", ok, err)
print("end")
