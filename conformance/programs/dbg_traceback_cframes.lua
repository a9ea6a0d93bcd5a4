-- debug.traceback through C functions: pcall, table.sort, xpcall
local function report() return debug.traceback("here") end
print(select(2, pcall(report)))
print("--")
local function via_pcall() local ok, s = pcall(report) return s end
print(via_pcall())
print("--")
local captured
table.sort({3, 1, 2}, function(a, b)
  if not captured then captured = debug.traceback("sorting") end
  return a < b
end)
print(captured)
print("--")
print(select(2, xpcall(report, print)))
print("--")
local s = tostring(setmetatable({}, {__tostring = function() return debug.traceback("tostr") end}))
print(s)
