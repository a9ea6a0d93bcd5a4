-- debug.getinfo with levels: 1 (self), 2 (caller), too large (nil), 0 (getinfo)
local function show(i)
  if i == nil then print("nil") return end
  print(i.short_src, i.currentline, i.what, i.name, i.namewhat, i.linedefined)
end
local function callee()
  show(debug.getinfo(1, "Sln"))
  show(debug.getinfo(2, "Sln"))
  show(debug.getinfo(3, "Sln"))
  return debug.getinfo(4, "Sln")
end
local function caller()
  local r = callee()
  return r
end
show(caller())
show(debug.getinfo(1, "Sln"))
show(debug.getinfo(2, "Sln"))
print(debug.getinfo(3, "Sln"))
print(debug.getinfo(100))
print(debug.getinfo(1000000))
local z = debug.getinfo(0, "Sn")
print(z.what, z.short_src, z.source, z.name)
print(pcall(debug.getinfo, -1))
