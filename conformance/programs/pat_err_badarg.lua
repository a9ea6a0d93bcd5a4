-- bad argument messages and how the function is named
local function try(f, ...)
  local ok, e = pcall(f, ...)
  print(ok, e)
end
try(function() return string.gsub("abc", "b", true) end)
try(function() return ("abc"):gsub("b", true) end)
local g = string.gsub
try(function() return g("abc", "b", true) end)
local S = string
try(function() return S.gsub("abc", "b", nil) end)
gs = string.gsub
try(function() return gs("abc", "b", 1 < 2) end)
gs = nil  -- a global alias would make the name below depend on table order
try(string.gsub, "abc", "b", true)
try(function() return string.gsub("abc", "b") end)
try(function() return ("abc"):gsub("b") end)
try(function() return string.gsub("abc") end)
try(function() return ("abc"):gsub() end)
try(function() return string.find(nil, "x") end)
try(function() return string.find("x", {}) end)
try(function() return ("x"):find() end)
try(function() return ("x"):match(nil) end)
try(function() return string.match() end)
try(function() return string.gmatch("x", false) end)
try(function() return ("x"):gmatch() end)
try(function() return string.gsub("x", "x", "y", "n") end)
try(function() return ("x"):gsub("x", "y", {}) end)
try(function() return string.find("x", "x", {}) end)
try(function() return ("x"):find("x", 1.5) end)
local t = {find = string.find}
try(function() return t:find("x") end)
try(function() return t.find(t, "x") end)
try(string.find)
try(string.match, "x")
try(string.gmatch, nil, "x")
