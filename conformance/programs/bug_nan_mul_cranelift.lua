-- Found by the proptest differential (long run): the sign of NaN * -inf (a NaN negated by
-- unary minus) differs between the interpreter and Cranelift once `f` is compiled.
local G_num = (0/0)
local G_int = 9007199254740993
local function f()
  return (- math.fmod(G_num, 0.5)) * (- (G_int ^ G_int))
end
local r
for k = 1, 1500 do r = f() end
print(f(), r)
