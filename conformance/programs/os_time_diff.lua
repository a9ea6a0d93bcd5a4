-- os.time with tables: only differences between two dates are printed
local function T(y, m, d, h, mi, s)
  return os.time({year = y, month = m, day = d, hour = h, min = mi, sec = s})
end
local base = T(2020, 1, 10, 12, 0, 0)
print(math.type(base))
print("1 day", T(2020, 1, 11, 12, 0, 0) - base)
print("1 week", T(2020, 1, 17, 12, 0, 0) - base)
print("1 hour", T(2020, 1, 10, 13, 0, 0) - base)
print("1 min", T(2020, 1, 10, 12, 1, 0) - base)
print("1 sec", T(2020, 1, 10, 12, 0, 1) - base)
print("back", T(2020, 1, 9, 0, 0, 0) - base)
print("mixed", T(2020, 1, 12, 15, 30, 45) - base)
-- defaults: hour 12, min 0, sec 0
print("default hour", os.time({year = 2020, month = 1, day = 10}) - base)
print("default min/sec", os.time({year = 2020, month = 1, day = 10, hour = 12}) - base)
-- month and year boundaries (all in January/February)
print("jan 31 -> feb 1", T(2020, 2, 1, 12, 0, 0) - T(2020, 1, 31, 12, 0, 0))
print("leap feb", T(2020, 2, 28, 12, 0, 0) - T(2020, 2, 1, 12, 0, 0))
print("day 32", T(2020, 1, 32, 12, 0, 0) - T(2020, 2, 1, 12, 0, 0))
print("hour 24", T(2020, 1, 10, 24, 0, 0) - T(2020, 1, 11, 0, 0, 0))
print("sec 86400", T(2020, 1, 10, 12, 0, 86400) - base)
print("min -60", T(2020, 1, 10, 12, -60, 0) - base)
print("string fields", os.time({year = "2020", month = "1", day = "11"}) - base)
print("float fields", os.time({year = 2020.0, month = 1.0, day = 12.0}) - base)
-- extra keys are ignored; isdst=false/nil both accepted
print("extra keys", os.time({year = 2020, month = 1, day = 10, foo = 1, wday = 7, yday = 99}) - base)
-- os.time() with no arguments returns an integer
print(math.type(os.time()), os.time() > base)
