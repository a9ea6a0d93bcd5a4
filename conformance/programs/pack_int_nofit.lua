-- unpacking wide integers whose extra bytes are not a sign extension
local function try(fmt, s)
  local ok, a, b = pcall(string.unpack, fmt, s)
  print(fmt, #s, ok, a, b)
end
try("<i9", string.rep("\0", 8) .. "\1")
try("<i9", string.rep("\255", 8) .. "\0")
try("<i9", string.rep("\0", 8) .. "\255")
try("<i9", string.rep("\255", 9))
try("<i9", "\1" .. string.rep("\0", 8))
try(">i9", "\1" .. string.rep("\0", 8))
try(">i9", "\0\128" .. string.rep("\0", 7))
try(">i9", "\255\128" .. string.rep("\0", 7))
try(">I9", "\0\255" .. string.rep("\255", 7))
try("<I9", string.rep("\255", 9))
try("<i16", string.rep("\0", 15) .. "\1")
try("<i16", string.rep("\255", 16))
try("<I16", string.rep("\255", 8) .. string.rep("\0", 8))
try("<i16", string.rep("\255", 8) .. string.rep("\0", 8))
try("<i12", string.rep("\0", 7) .. "\128" .. string.rep("\255", 4))
try("<i12", string.rep("\0", 7) .. "\128" .. string.rep("\255", 3) .. "\254")
try(">j", string.rep("\255", 8))
-- the error is caught cleanly inside a loop
local bad = 0
for i = 1, 50 do
  local s = string.rep("\0", 8) .. string.char(i % 3)
  if not pcall(string.unpack, "<i9", s) then bad = bad + 1 end
end
print("bad", bad)
