-- unary minus and length speculated then given other types
local function neg(x) return -x end
local function len(x) return #x end
local function notx(x) return not x end
local s = 0
for i = 1, 4000 do
  s = s + neg(i) + len(string.rep("a", i % 20))
  if notx(i % 3 == 0) then s = s + 1 end
end
print("s", s)
print("neg", neg(2.5), neg(-0.0), neg(0), neg(math.mininteger), neg("3"), neg("2.0"))
print("not", notx(nil), notx(false), notx(0), notx(""))
print("len", len(""), len("\0\0"), len("héllo"))
print("before len of number")
print(len(5))
