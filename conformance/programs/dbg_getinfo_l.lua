-- debug.getinfo 'l': currentline at different points
local function line() return debug.getinfo(2, "l").currentline end
print(line())
local t = {}
for i = 1, 3 do
  t[#t + 1] = line()
end
print(table.concat(t, " "))
local function f()
  local a = line()
  local b =
    line()
  return a, b
end
print(f())
print(debug.getinfo(1, "l").currentline)
print(debug.getinfo(f, "l").currentline)
print(debug.getinfo(print, "l").currentline)
local function self_line()
  return debug.getinfo(1, "l").currentline
end
print(self_line())
local hot = 0
for i = 1, 5000 do hot = hot + line() end
print(hot)
