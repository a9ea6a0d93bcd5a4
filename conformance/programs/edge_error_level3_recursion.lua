local function g(x) if x > 0 then g(x - 1) return end error("bottom", 3) end
local function f()
  g(5)
end
f()
