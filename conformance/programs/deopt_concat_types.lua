-- a hot concatenation speculated on strings later gets numbers
local function join(a, b) return a .. "|" .. b end
local function len_of(s) return #s end
local total = 0
for i = 1, 4000 do
  total = total + len_of(join("ab", "c"))
end
print("total", total)
print("ints", join(1, 2), join(-0, 10))
print("floats", join(1.5, 2.0), join(-0.0, 1e100), join(1/0, -1/0), join(2^63, 0.1))
print("big", join(math.maxinteger, math.mininteger))
local s = ""
for i = 1, 3000 do
  if i % 2 == 0 then s = join(i, i / 4) else s = join("x", i) end
end
print("last", s, len_of(s))
print("len number", len_of("12345"))
print("before bool")
print(join("a", true))
