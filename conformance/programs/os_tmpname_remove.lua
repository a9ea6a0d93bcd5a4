-- os.tmpname creates the file; os.rename / os.remove round trip (names are not printed)
local name = os.tmpname()
print(type(name), #name > 0)
local renamed = name .. ".renamed"
print("rename", os.rename(name, renamed))
local r0, m0, c0 = os.rename(name, renamed)
print("rename again", r0, m0, c0)
print("remove", os.remove(renamed))
local r1, msg, code = os.remove(renamed)
print("remove again", r1, msg == renamed .. ": No such file or directory", code)
-- a fresh tmpname is a different name, exists, and can be removed once
local n2 = os.tmpname()
print("tmpname distinct", n2 ~= name)
print("remove tmp", os.remove(n2))
local r2, m2, c2 = os.remove(n2)
print("remove tmp again", r2, m2 == n2 .. ": No such file or directory", c2)
-- many names in a row are all distinct
local seen, dup = {}, false
for i = 1, 20 do
  local n = os.tmpname()
  if seen[n] then dup = true end
  seen[n] = true
  assert(os.remove(n))
end
print("twenty distinct", not dup)
