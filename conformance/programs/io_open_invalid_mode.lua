-- invalid io.open modes raise an argument error
local name = os.tmpname()
local bad = {"", "x", "rw", "r++", "wa", "b", "rb+", "+r", "w+x", "ab+", "r ", "R"}
for _, m in ipairs(bad) do
  local ok, err = pcall(io.open, name, m)
  print(string.format("%q", m), ok, err)
end
local good = {"r", "rb", "r+", "r+b", "w", "wb", "w+", "w+b", "a", "ab", "a+", "a+b"}
for _, m in ipairs(good) do
  local ok, f = pcall(io.open, name, m)
  print(m, ok, io.type(f))
  if f then f:close() end
end
local ok, err = pcall(io.open, name, 42)
print("number mode", ok, err)
ok, err = pcall(io.open, name, {})
print("table mode", ok, err)
ok, err = pcall(io.open)
print("no name", ok, err)
print(os.remove(name))
