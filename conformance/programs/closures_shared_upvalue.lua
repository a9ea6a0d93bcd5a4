-- two closures sharing the same upvalue
local function pair()
  local shared = "initial"
  local function reader() return shared end
  local function writer(v) shared = v end
  return function(which) if which == "r" then return reader else return writer end end
end
local sel = pair()
local r, w = sel("r"), sel("w")
print(r())
w("changed")
print(r())
w(42)
print(r())
local x = 1
local function getx() return x end
local function setx(v) x = v end
print("getx", getx())
x = 5
print("after local assign", getx())
setx(9)
print("after setx", x, getx())
local sel2 = pair()
local r2 = sel2("r")
print("independent", r2(), r())
