-- gmatch with and without captures
for w in ("one two  three"):gmatch("%a+") do io.write("[", w, "]") end print()
for k, v in ("a=1, b=22, ccc=333"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
for a, b, c in ("x1y2z3"):gmatch("(%a)(%d)()") do io.write(a, b, c, " ") end print()
for whole in ("ab12cd34"):gmatch("%a%a%d%d") do io.write(whole, ";") end print()
for outer, inner in ("[a] [bc]"):gmatch("(%[(%a+)%])") do io.write(outer, inner, ";") end print()
local n = 0
for _ in ("aaaa"):gmatch("aa") do n = n + 1 end
print("non-overlapping", n)
n = 0
for _ in ("abc"):gmatch("x") do n = n + 1 end
print("none", n)
for d in string.gmatch(12345, "%d") do io.write(d, ".") end print()
for d in string.gmatch(3.5, "[^.]+") do io.write(d, "|") end print()
-- loop variables are strings
for d in ("7 8"):gmatch("%d") do io.write(math.type(d) or type(d), " ") end print()
local t = {}
for k, v in ("name=lua;version=5.4;;empty=;x=y"):gmatch("([^;=]*)=([^;]*)") do t[#t + 1] = k .. ":" .. v end
print(table.concat(t, ","))
