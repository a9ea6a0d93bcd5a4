-- error values that are tables reach __close unchanged (same identity)
local thrown = {code = 7, msg = "table error"}
local seen
local mt = {__close = function(o, e)
  seen = e
  print("close", o.name, type(e), e and e.code, e == thrown)
end}
local ok, e = pcall(function()
  local a <close> = setmetatable({name = "a"}, mt)
  local b <close> = setmetatable({name = "b"}, mt)
  error(thrown)
end)
print(ok, e == thrown, seen == thrown, e.msg)
-- a table error with a __tostring metamethod
local te = setmetatable({}, {__tostring = function() return "custom error object" end})
print(pcall(function()
  local c <close> = setmetatable({}, {__close = function(o, err)
    print("close c sees", tostring(err), err == te)
  end})
  error(te)
end))
-- the closing function can mutate the error table and the caller sees it
local ok2, e2 = pcall(function()
  local d <close> = setmetatable({}, {__close = function(o, err)
    err.touched = (err.touched or 0) + 1
  end})
  local d2 <close> = setmetatable({}, {__close = function(o, err)
    err.touched = (err.touched or 0) + 10
  end})
  error({touched = 0})
end)
print(ok2, e2.touched)
