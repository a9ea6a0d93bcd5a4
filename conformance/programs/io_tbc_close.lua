-- files are to-be-closed values: <close> closes them at scope exit
local name = os.tmpname()
local saved
do
  local f <close> = assert(io.open(name, "w"))
  saved = f
  f:write("tbc content\n")
  print("inside", io.type(f))
end
print("after", io.type(saved))
local function reader()
  local f <close> = assert(io.open(name))
  saved = f
  return f:read("l")
end
print(reader(), io.type(saved))
local ok, err = pcall(function()
  local f <close> = assert(io.open(name))
  saved = f
  error("boom", 0)
end)
print(ok, err, io.type(saved))
do
  local f <close> = assert(io.open(name))
  f:close()
  print("closed early", io.type(f))
end
print("no error on double close")
local mt = getmetatable(saved)
print(type(mt.__close), type(mt.__gc))
print(os.remove(name))
