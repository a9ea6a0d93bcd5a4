-- tostring of an arithmetic on nil
local cfg = {width = 10}
local function describe(c)
  return "area=" .. tostring(c.width * c.height)
end
local function report() local s = describe(cfg) print(s) end
report()
