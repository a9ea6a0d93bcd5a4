-- error inside __concat
local mt = {}
mt.__concat = function(a, b)
  local x = type(a) == "table" and a.s or a
  local y = type(b) == "table" and b.s or b
  return x .. y
end
local function S(s) return setmetatable({s = s}, mt) end
local function join(a, b) return a .. b end
print(join(S("foo"), "bar"))
print(join("x", S("y")))
local r = join(S("a"), {})
print(r)
