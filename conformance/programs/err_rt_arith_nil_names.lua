-- arithmetic on nil names the local, global, field and upvalue involved
local function loc() local x; return x + 1 end
local function glob() return undefined_global * 2 end
local function field() local t = {}; return t.missing - 3 end
local up
local function upv() return up / 2 end
local function second() local a, b = 1, nil; return a + b end
local function unary() local n; return -n end
local function idx() local t = {}; return t[1] + 1 end
local function mod() local z; return 5 % z end
print(pcall(loc))
print(pcall(glob))
print(pcall(field))
print(pcall(upv))
print(pcall(second))
print(pcall(unary))
print(pcall(idx))
print(pcall(mod))
print(pcall(function() local b = true; return b + 1 end))
print(pcall(function() local t = {}; return t * 2 end))
