-- long concatenation chains (one operand-stack slot per operand)
local function cat(a, b, c)
  return a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|" .. a .. "-" .. b .. c .. "|"
end
local r = cat("x", 1, 2.5)
print(#r, r:sub(1, 60))
local n = 0
for i = 1, 3000 do n = n + #cat(i, "y", i % 7) end
print("hot", n)
print("types", cat(-0.0, 1e100, math.mininteger):sub(1, 80))
local s = "a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h" .. "i" .. "j" .. "k" .. "l" .. "m" .. "n" .. "o" .. "p" .. "q" .. "r" .. "s" .. "t" .. "u" .. "v" .. "w" .. "x" .. "y" .. "z" .. "a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h" .. "i" .. "j" .. "k" .. "l" .. "m" .. "n" .. "o" .. "p" .. "q" .. "r" .. "s" .. "t" .. "u" .. "v" .. "w" .. "x" .. "y" .. "z" .. "a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h" .. "i" .. "j" .. "k" .. "l" .. "m" .. "n" .. "o" .. "p" .. "q" .. "r" .. "s" .. "t" .. "u" .. "v" .. "w" .. "x" .. "y" .. "z" .. "a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h" .. "i" .. "j" .. "k" .. "l" .. "m" .. "n" .. "o" .. "p" .. "q" .. "r" .. "s" .. "t" .. "u" .. "v" .. "w" .. "x" .. "y" .. "z" .. "a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h" .. "i" .. "j" .. "k" .. "l" .. "m" .. "n" .. "o" .. "p" .. "q" .. "r" .. "s" .. "t" .. "u" .. "v" .. "w" .. "x" .. "y" .. "z" .. "a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h" .. "i" .. "j" .. "k" .. "l" .. "m" .. "n" .. "o" .. "p" .. "q" .. "r" .. "s" .. "t"
print(s)
local parts = ""
for i = 1, 500 do parts = parts .. (i % 10) end
print(#parts, parts:sub(1, 30), parts:sub(-10))
print("before nil")
local z
print("ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. "ok" .. z .. "tail" .. "tail" .. "tail" .. "tail" .. "tail" .. "tail" .. "tail" .. "tail" .. "tail" .. "tail")
