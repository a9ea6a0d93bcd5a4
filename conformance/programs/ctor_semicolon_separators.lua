-- semicolons and mixed separators in constructors
local t = {1; 2; 3}
print(#t, t[1], t[3])
local u = {x = 1; y = 2, z = 3;}
print(u.x, u.y, u.z)
local v = {"a", b = "B"; "c"; [10] = "ten",}
print(v[1], v[2], v.b, v[10], #v)
local w = {
  "one";
  "two";
}
print(#w, w[2])
local nested = {{1; 2}; {3, 4;}}
print(nested[1][2], nested[2][2])
local function r() return "p", "q" end
local x = {r(); r()}
print(#x, x[1], x[2], x[3])
