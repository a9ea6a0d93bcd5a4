-- calling nil names the global, local, field, method and upvalue involved
local function glob() missing_fn() end
local function loc() local f; f() end
local function field() local t = {}; t.go() end
local function method() local t = {}; t:run(1) end
local cb
local function upv() cb() end
local function num() local n = 1; n() end
local function tbl() local t = {}; t() end
local function str() local s = "abc"; s() end
print(pcall(glob))
print(pcall(loc))
print(pcall(field))
print(pcall(method))
print(pcall(upv))
print(pcall(num))
print(pcall(tbl))
print(pcall(str))
print(pcall(function() local t = {f = {}}; t.f.g() end))
