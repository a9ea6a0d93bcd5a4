-- os.date with "!" and the E / O modifiers, mixed text and conversions
local t = 1700000000
for _, f in ipairs({"Ec", "EC", "Ex", "EX", "Ey", "EY",
                    "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"}) do
  print("%" .. f, os.date("!%" .. f, t))
end
print(os.date("!%Y-%m-%dT%H:%M:%SZ", t))
print(os.date("!<%d/%m/%Y> [%%] done", t))
print(os.date("!plain text", t))
print(string.format("%q", os.date("!", t)))
print(string.format("%q", os.date("", t)))
print(os.date("!%H:%M:%S", 59), os.date("!%H:%M:%S", 3599), os.date("!%H:%M:%S", 86399))
print(os.date("!%Y-%m-%d", -86400), os.date("!%Y-%m-%d", 4102444800))
print(os.date("!%j %U %W %V %G", 1704067200))
print(os.date("!%I %p", 12 * 3600), os.date("!%I %p", 0), os.date("!%I %p", 13 * 3600))
local long = os.date("!" .. string.rep("%Y", 100), 0)
print(#long, long:sub(1, 12))
print(os.date("!%Y", 0.0), os.date("!%Y", "86400000"))
