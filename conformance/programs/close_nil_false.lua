-- nil and false are allowed as to-be-closed values and are simply not closed
local count = 0
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    count = count + 1
    print("close", o.name, e)
  end})
end
do
  local a <close> = nil
  local b <close> = mk("b")
  local c <close> = false
  local d <close> = mk("d")
  local e <close> = nil
  print("in block", a, c, e)
end
print("count", count)
local function f(v)
  local x <close> = v
  return type(x), tostring(x)
end
print(f(nil))
print(f(false))
print("count", count)
-- a nil value from a function call with missing results
local function none() end
do
  local n <close> = none()
  print("n is", n)
end
-- several <close> statements, one after another, alternating values
for i = 1, 4 do
  local v <close> = (i % 2 == 0) and mk("even" .. i) or false
  print("iter", i, v and v.name or v)
end
print("count", count)
