-- debug.traceback inside metamethods names them
local function tb() return debug.traceback("mm", 2) end
local mt = {
  __index = function(t, k) local s = tb() return s end,
  __newindex = function(t, k, v) print(tb()) end,
  __add = function(a, b) local s = tb() return s end,
  __lt = function(a, b) print(tb()) return true end,
  __le = function(a, b) print(tb()) return true end,
  __concat = function(a, b) local s = tb() return s end,
  __len = function(a) local s = tb() return s end,
  __unm = function(a) local s = tb() return s end,
  __call = function(self) local s = tb() return s end,
}
local o = setmetatable({}, mt)
local key = "k"
print(o.field) print("--")
print(o[key]) print("--")
o.x = 1 print("--")
print(o + 1) print("--")
local _ = o < o print("--")
_ = o <= o print("--")
print(o .. "s") print("--")
print(#o) print("--")
print(-o) print("--")
print(o())
