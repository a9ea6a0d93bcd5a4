-- os.setlocale queries and settings to "C"
print(os.setlocale())
print(os.setlocale(nil))
for _, cat in ipairs({"all", "collate", "ctype", "monetary", "numeric", "time"}) do
  print(cat, os.setlocale(nil, cat))
end
print(os.setlocale("C"))
print(os.setlocale("C", "numeric"))
print(os.setlocale("POSIX"))
print(os.setlocale("strata_no_such_locale.XYZ"))
print(os.setlocale("strata_no_such_locale.XYZ", "time"))
print(os.setlocale())
print(pcall(os.setlocale, nil, "bogus"))
print(pcall(os.setlocale, "C", "ALL"))
print(pcall(os.setlocale, {}))
print(string.format("%.2f", 3.14159), tostring(2.5), tonumber("1.5"))
