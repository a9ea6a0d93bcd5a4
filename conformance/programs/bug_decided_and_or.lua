-- `(c and false) or b` and `(c or 1) and b` always evaluate to `b`: Lua's code generator
-- tests `c` and lands its jumps right before `b`, so an error in arithmetic on the result
-- still names `b`'s variable (global 'G'). Found by the long differential run.
G = nil
local t = 0
local function f1(x) return 1 - ((x and false) or x) end
local function f2(x) return 1 - ((x or 1) and x) end
local function f3(x) return ((x and nil) or x) .. "a" end
local function f4(x) return (((x > 0) and false) or x) + 1 end
local function f5(x) return 1 + (((x) and false) or G) end
print(f1(3), f2(4), f3("q"), f4(5))
for i = 1, 200 do t = t + f1(i) + f2(i) + f4(i) end
print(t)
print(((print("side") and false) or 7), ((print("side2") or 1) and 8))
print(f5(2))
