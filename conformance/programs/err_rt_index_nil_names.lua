-- indexing nil names the local, global, field and upvalue involved
local function loc() local t; return t.x end
local function glob() return no_such_table.x end
local function field() local t = {}; return t.a.b end
local u
local function upv() return u[1] end
local function setloc() local t; t.x = 1 end
local function setfield() local t = {}; t.a.b = 2 end
local function num() local n = 5; return n.x end
local function bool() local b = false; b[1] = 3 end
local function method() local s; return s:len() end
print(pcall(loc))
print(pcall(glob))
print(pcall(field))
print(pcall(upv))
print(pcall(setloc))
print(pcall(setfield))
print(pcall(num))
print(pcall(bool))
print(pcall(method))
print(pcall(function() return ("x").y.z end))
