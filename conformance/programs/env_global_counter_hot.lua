-- globals read and written in hot loops and recursive global functions
total = 0
function add(n) total = total + n end
for i = 1, 20000 do add(i % 7) end
print(total)
function fibg(n) if n < 2 then return n end return fibg(n - 1) + fibg(n - 2) end
print(fibg(22))
-- a global added while a loop runs (the table grows and rehashes under the caches)
for i = 1, 300 do _G["g" .. i] = i end
local s = 0
for i = 1, 300 do s = s + _G["g" .. i] end
print(s, g1, g300, total)
