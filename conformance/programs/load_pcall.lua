-- pcall and xpcall around loaded functions
local f = load("local a, b = ... if b == 0 then error('division by zero', 2) end return a / b", "=div")
local function divide(a, b) return f(a, b) end
print(pcall(divide, 10, 4))
print(pcall(divide, 1, 0))
print(pcall(f, 1, 0))
local function divide2(a, b)
  local r = f(a, b)
  return r
end
print(pcall(divide2, 9, 0))
-- errors with non-string values
local g = load("error({ code = ... })")
local ok, e = pcall(g, 404)
print(ok, type(e), e.code)
-- xpcall with a handler that decorates the message
local h = load("local x = nil\nreturn x.field", "=xp")
print(xpcall(h, function(m) return "handled: " .. m end))
-- pcall inside the loaded chunk itself
local inner = load([[
  local ok, e = pcall(error, "inside")
  local ok2, e2 = pcall(function() local t = nil return t[1] end)
  return ok, e, ok2, e2
]], "=inner")
print(inner())
-- a loaded chunk returning many values through pcall
print(pcall(load("return 1, 2, 3, nil, 5")))
-- pcall of a syntax-error result (nil) fails with a call error
local bad = load("x = = 1")
print(pcall(bad))
-- nested: a loaded chunk that loads and runs another chunk
local outer = load([[
  local f = load("error('deep', 0)")
  local ok, e = pcall(f)
  return "outer saw: " .. tostring(ok) .. " " .. e
]])
print(outer())
