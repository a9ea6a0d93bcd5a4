-- os.time normalizes out-of-range fields and writes them back into the table
local fields = {"year", "month", "day", "hour", "min", "sec", "wday", "yday"}
local function norm(t)
  local before = {}
  for _, k in ipairs(fields) do
    if t[k] ~= nil then before[#before + 1] = k .. "=" .. tostring(t[k]) end
  end
  os.time(t)
  local after = {}
  for _, k in ipairs(fields) do after[#after + 1] = k .. "=" .. tostring(t[k]) end
  print(table.concat(before, " "))
  print("  -> " .. table.concat(after, " "), type(t.isdst))
end
norm({year = 2020, month = 1, day = 15})
norm({year = 2020, month = 13, day = 1})
norm({year = 2020, month = 0, day = 15})
norm({year = 2020, month = -11, day = 15})
norm({year = 2020, month = 1, day = 0})
norm({year = 2020, month = 3, day = 0})
norm({year = 2021, month = 3, day = 0})
norm({year = 2020, month = 1, day = 32})
norm({year = 2020, month = 1, day = -1})
norm({year = 2020, month = 1, day = 10, hour = 25})
norm({year = 2020, month = 1, day = 10, hour = -1})
norm({year = 2020, month = 1, day = 10, hour = 12, min = 61})
norm({year = 2020, month = 1, day = 10, hour = 12, min = -1})
norm({year = 2020, month = 1, day = 10, hour = 12, sec = 3661})
norm({year = 2020, month = 1, day = 10, hour = 12, sec = -1})
norm({year = 2019, month = 14, day = 400})
norm({year = 2000, month = 2, day = 29})
norm({year = 1900, month = 2, day = 29})
norm({year = 2020, month = 1, day = 10, wday = 99, yday = -5})
-- values of the written-back fields are integers
local t = {year = 2020, month = 1, day = 40}
os.time(t)
print(math.type(t.day), math.type(t.month), math.type(t.yday))
