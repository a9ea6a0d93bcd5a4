local function g() error("x", 3) end
local function f() return g() end
local function h()
  f()
end
h()
