-- debug.getinfo 'S': source, short_src, linedefined, lastlinedefined, what
local function pr(i)
  print(i.source, i.short_src, i.linedefined, i.lastlinedefined, i.what, i.currentline)
end
pr(debug.getinfo(1, "S"))
local function multi(a,
                     b)
  return a
end
pr(debug.getinfo(multi, "S"))
pr(debug.getinfo(load("return 1"), "S"))
pr(debug.getinfo(load("local x = 1\nreturn function() return x end")(), "S"))
pr(debug.getinfo(load("return 1", "=custom name"), "S"))
pr(debug.getinfo(load("return 1", "@some/file.lua"), "S"))
pr(debug.getinfo(load("return 1", "plain chunk"), "S"))
local long = "return 1 -- " .. string.rep("abcdefghij", 10)
pr(debug.getinfo(load(long), "S"))
pr(debug.getinfo(load("\n\nreturn 2"), "S"))
pr(debug.getinfo(print, "S"))
local function inside() return debug.getinfo(1, "S") end
pr(inside())
