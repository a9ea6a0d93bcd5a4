-- debug.getinfo 'u': nups, nparams, isvararg
local a, b, c = 1, 2, 3
local function show(name, f)
  local i = debug.getinfo(f, "u")
  print(name, i.nups, i.nparams, i.isvararg)
end
show("none", function() end)
show("params", function(x, y, z) end)
show("vararg", function(...) end)
show("both", function(x, ...) end)
show("ups", function() return a + b + c end)
show("env", function() return print end)
show("upsenv", function(p) print(a) return p end)
show("print", print)
show("select", select)
local main = debug.getinfo(1, "u")
print("main", main.nups, main.nparams, main.isvararg)
local function selfinfo(p, q)
  local i = debug.getinfo(1, "u")
  return i.nups, i.nparams, i.isvararg
end
print("self", selfinfo(1, 2))
show("loaded", load("local x, y = ... return x"))
