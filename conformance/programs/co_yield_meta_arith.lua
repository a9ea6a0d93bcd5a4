-- yields inside arithmetic, concat, length and unary metamethods
local V = {}
V.__index = V
local function new(x) return setmetatable({x = x}, V) end
local function val(o) return type(o) == "table" and o.x or o end
V.__add = function(a, b)
  local extra = coroutine.yield("add", val(a), val(b))
  return new(val(a) + val(b) + extra)
end
V.__sub = function(a, b) coroutine.yield("sub"); return new(val(a) - val(b)) end
V.__mul = function(a, b) coroutine.yield("mul"); return new(val(a) * val(b)) end
V.__div = function(a, b) coroutine.yield("div"); return new(val(a) / val(b)) end
V.__mod = function(a, b) coroutine.yield("mod"); return new(val(a) % val(b)) end
V.__idiv = function(a, b) coroutine.yield("idiv"); return new(val(a) // val(b)) end
V.__pow = function(a, b) coroutine.yield("pow"); return new(val(a) ^ val(b)) end
V.__unm = function(a) coroutine.yield("unm"); return new(-val(a)) end
V.__band = function(a, b) coroutine.yield("band"); return new(val(a) & val(b)) end
V.__shl = function(a, b) coroutine.yield("shl"); return new(val(a) << val(b)) end
V.__bnot = function(a) coroutine.yield("bnot"); return new(~val(a)) end
V.__len = function(a) local n = coroutine.yield("len"); return n end
V.__concat = function(a, b)
  local sep = coroutine.yield("concat")
  return tostring(val(a)) .. sep .. tostring(val(b))
end

local co = coroutine.create(function()
  local a, b = new(6), new(4)
  local r = {}
  r[#r + 1] = (a + b).x
  r[#r + 1] = (a + 1).x
  r[#r + 1] = (a - b).x
  r[#r + 1] = (a * b).x
  r[#r + 1] = (a / b).x
  r[#r + 1] = (a % b).x
  r[#r + 1] = (a // b).x
  r[#r + 1] = (a ^ 2).x
  r[#r + 1] = (-a).x
  r[#r + 1] = (a & 5).x
  r[#r + 1] = (1 << b).x
  r[#r + 1] = (~a).x
  r[#r + 1] = #a
  r[#r + 1] = a .. b
  r[#r + 1] = "s" .. a .. "t"
  return table.concat(r, " ")
end)
local ok, tag, p, q = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  print(ok, tag, p, q)
  local reply
  if tag == "add" then reply = 100 elseif tag == "len" then reply = 77 elseif tag == "concat" then reply = "|" end
  ok, tag, p, q = coroutine.resume(co, reply)
end
print(ok, tag)
