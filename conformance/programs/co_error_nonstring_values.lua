-- non-string error values travel through resume unchanged
local errt = {code = 7}
local co = coroutine.create(function() error(errt) end)
local ok, e = coroutine.resume(co)
print(ok, e == errt, type(e), e.code)
-- error(nil)
co = coroutine.create(function() error(nil) end)
print(coroutine.resume(co))
print(select('#', coroutine.resume(coroutine.create(function() error(nil) end))))
-- error() with no arguments
co = coroutine.create(function() error() end)
print(coroutine.resume(co))
-- booleans and numbers
print(coroutine.resume(coroutine.create(function() error(false) end)))
print(coroutine.resume(coroutine.create(function() error(true) end)))
print(coroutine.resume(coroutine.create(function() error(3.25) end)))
print(coroutine.resume(coroutine.create(function() error(math.mininteger) end)))
-- a function as error value
local fn = function() return "I am the error" end
ok, e = coroutine.resume(coroutine.create(function() error(fn) end))
print(ok, e == fn, e())
-- a table with __tostring stays a table
local te = setmetatable({}, {__tostring = function() return "custom error" end})
ok, e = coroutine.resume(coroutine.create(function() error(te, 2) end))
print(ok, e == te, tostring(e))
-- another coroutine as the error value
local other = coroutine.create(function() end)
ok, e = coroutine.resume(coroutine.create(function() error(other) end))
print(ok, e == other, type(e))
-- wrap propagates non-string values unchanged (no position added)
local w = coroutine.wrap(function() error(errt) end)
ok, e = pcall(w)
print(ok, e == errt)
w = coroutine.wrap(function() error(99) end)
print(pcall(w))
w = coroutine.wrap(function() error(nil) end)
print(pcall(w))
w = coroutine.wrap(function() error(te) end)
ok, e = pcall(w)
print(ok, e == te)
-- a table error caught by pcall inside the coroutine, then re-raised after a yield
co = coroutine.create(function()
  local ok, e = pcall(error, {n = 1})
  coroutine.yield(ok, e.n)
  e.n = e.n + 1
  error(e)
end)
print(coroutine.resume(co))
ok, e = coroutine.resume(co)
print(ok, type(e), e.n)
