-- <close> variables are read-only but usable in expressions; mixed with <const>
local mt = {__close = function(o, e) print("close", o.v, e) end,
            __add = function(a, b) return a.v + b end,
            __index = function(t, k) return k .. "!" end}
do
  local k <const> = 10
  local c <close> = setmetatable({v = k * 2}, mt)
  local d <const> = c + 1
  print("values", k, c.v, d, c.missing)
end
-- a <const> and a <close> in the same list
do
  local a <const>, b <close>, n = 3, setmetatable({v = "b"}, mt), 4
  print("list", a, b.v, n)
end
-- the value comes from a multiple-result call
local function three() return setmetatable({v = "first"}, mt), 2, 3 end
do
  local x <close>, y, z = three()
  print("multi", x.v, y, z)
end
-- the <close> in a list that gets fewer values than names
local function one() return setmetatable({v = "only"}, mt) end
do
  local p, q <close> = one()
  print("short", p.v, q)
end
-- fields of the closable can change even though the variable cannot
do
  local m <close> = setmetatable({v = 1}, mt)
  m.v = m.v + 41
  print("mutated", m.v)
end
print("done")
