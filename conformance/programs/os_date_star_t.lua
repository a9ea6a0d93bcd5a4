-- os.date("!*t") tables printed field by field in a fixed order
local fields = {"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}
local function show(t)
  local d = os.date("!*t", t)
  local parts = {}
  for _, k in ipairs(fields) do parts[#parts + 1] = k .. "=" .. tostring(d[k]) end
  print(t, table.concat(parts, " "))
  local n = 0
  for _ in pairs(d) do n = n + 1 end
  print("  fields", n, math.type(d.year), type(d.isdst))
end
show(0)
show(1)
show(86399)
show(1234567890)
show(951782400)
show(951868800)
show(1609459199)
show(-1)
show(4102444800)
-- only exactly "*t" (after "!") gives a table: "*tjunk" is an ordinary format
local d = os.date("!*tjunk", 0)
print(type(d), d)
print(type(os.date("!*t ", 0)), type(os.date("! *t", 0)))
local fresh1, fresh2 = os.date("!*t", 0), os.date("!*t", 0)
print(fresh1 ~= fresh2, fresh1.year == fresh2.year)
