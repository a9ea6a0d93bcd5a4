-- calling a wrap function whose coroutine finished raises 'cannot resume dead coroutine'
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  coroutine.yield(2)
  return 3
end)
print(gen(), gen(), gen())
local ok, e = pcall(function()
  return gen() .. ""
end)
print(ok, e)
-- directly under pcall: no position
print(pcall(gen))
-- again, several times
for i = 1, 3 do
  local ok2, e2 = pcall(function() gen() end)
  print(i, ok2, e2)
end
-- a wrap whose body raised an error is dead too
local bad = coroutine.wrap(function() error("once", 0) end)
print(pcall(bad))
print(pcall(bad))
ok, e = pcall(function() bad() end)
print(ok, e)
-- a wrap that errors during its first resume with a non-string
local tbad = coroutine.wrap(function() error({}) end)
ok, e = pcall(tbad)
print(ok, type(e))
ok, e = pcall(function() tbad() end)
print(ok, e)
-- the error message is a string we can inspect
ok, e = pcall(function() gen() end)
print(type(e), e:match("^(.-):%d+:"), e:match(":(%d+):"), e:match(": (.*)$"))
-- calling the dead wrap at top level terminates the program
print("calling dead wrap at top level")
gen()
print("not reached")
