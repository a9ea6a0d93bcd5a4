-- an error crossing several frames closes the variables of every frame, innermost first
local order = {}
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    order[#order + 1] = o.name
    print("close", o.name, type(e) == "table" and "<table>" or e)
  end})
end
local function c()
  local c1 <close> = mk("c1")
  local c2 <close> = mk("c2")
  error("from c", 0)
end
local function b()
  local b1 <close> = mk("b1")
  c()
  print("not reached b")
end
local function a()
  local a1 <close> = mk("a1")
  do
    local a2 <close> = mk("a2")
    b()
  end
end
print(pcall(a))
print(table.concat(order, " "))
-- frames with no closables in between
order = {}
local function plain(f) return f() end
local function top()
  local t <close> = mk("top")
  return plain(function() return plain(function()
    local deep <close> = mk("deep")
    error({"tbl"})
  end) end)
end
local ok, e = pcall(top)
print(ok, type(e), e[1], table.concat(order, " "))
-- error raised by a library function called from a frame with a closable
order = {}
print(pcall(function()
  local s <close> = mk("s")
  return string.rep("x", -1) .. (nil)
end))
-- method calls across frames
local obj = {}
function obj:run(n)
  local v <close> = mk("m" .. n)
  if n == 0 then error("method error", 0) end
  return self:run(n - 1)
end
print(pcall(obj.run, obj, 2))
