-- debug.getinfo with a function argument
local up1, up2 = 1, 2
local function f(a, b, c)
  return a + b + c + up1 + up2
end
local function g(...)
  return select("#", ...)
end
for _, fn in ipairs({f, g, print, string.rep}) do
  local i = debug.getinfo(fn)
  print(i.what, i.short_src, i.source, i.linedefined, i.lastlinedefined,
        i.currentline, i.nups, i.nparams, i.isvararg, i.func == fn, i.name, i.namewhat)
end
local i = debug.getinfo(function() end, "S")
print(i.what, i.linedefined, i.lastlinedefined, i.currentline)
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo, f, ">S"))
print(pcall(debug.getinfo, 1, "q"))
