-- a message handler that raises an error yields "error in error handling"
local function badHandler(e) error("handler broke") end
local ok, e = xpcall(function() error("original") end, badHandler)
print(ok, e)
ok, e = xpcall(function() local x = nil; return x.f end, badHandler)
print(ok, e)
local function arithHandler(e) return e + 1 end
ok, e = xpcall(function() error("text") end, arithHandler)
print(ok, e)
ok, e = xpcall(function() error(41) end, arithHandler)
print(ok, e)
ok, e = xpcall(function() return "fine" end, badHandler)
print(ok, e)
print(pcall(function()
  local r = {xpcall(error, badHandler, "x")}
  return #r, r[1], r[2]
end))
print("after")
