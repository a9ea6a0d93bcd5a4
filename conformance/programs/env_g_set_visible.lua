-- globals set through _G are visible as globals and vice versa
_G.counter = 0
local function bump() counter = counter + 1 end
for i = 1, 5 do bump() end
print(counter, _G.counter)
_G.counter = 100
bump()
print(counter)
local G = _G
G.helper = function(s) return "<" .. s .. ">" end
print(helper("x"))
function globalfn(n) return n * n end
print(_G.globalfn(9), _G["globalfn"](3))
local names = {"alpha", "beta", "gamma"}
for i, n in ipairs(names) do _G[n] = i end
print(alpha, beta, gamma)
print(alpha + beta + gamma)
gamma = nil
print(_G.gamma)
_G.t = {}
t.field = "via global"
print(_G.t.field)
