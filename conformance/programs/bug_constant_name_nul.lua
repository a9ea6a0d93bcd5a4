-- Found by the proptest differential (long run): Lua names a string constant in an error
-- with C's %s, so a constant with a zero byte is named up to it: (constant 'a').
G_int = 1
local function f(x)
  return x + 1
end
print(f(4))
print(G_int >> "a\0b")
