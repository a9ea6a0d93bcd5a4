-- error inside the scope: __close receives the error object; normal exit gives nil
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, type(e), e)
  end})
end
print(pcall(function()
  local a <close> = mk("a")
  local b <close> = mk("b")
  error("boom")
end))
print(pcall(function()
  local a <close> = mk("level0")
  error("no position", 0)
end))
print(pcall(function()
  local a <close> = mk("normal")
  return "fine"
end))
-- runtime errors (not from error())
print(pcall(function()
  local a <close> = mk("arith")
  local x = nil
  return x + 1
end))
print(pcall(function()
  local a <close> = mk("index")
  local t = nil
  return t.field
end))
-- error values of other types
print(pcall(function()
  local a <close> = mk("number")
  error(42)
end))
print(pcall(function()
  local a <close> = mk("bool")
  error(false)
end))
-- a variable declared after the error point is not closed
print(pcall(function()
  local a <close> = mk("declared")
  if true then error("early", 0) end
  local b <close> = mk("never")
end))
