-- io.open in every mode, with and without "b"
local name = os.tmpname()
local function slurp()
  local f = assert(io.open(name, "rb"))
  local s = f:read("a")
  f:close()
  return s
end
local modes = {"w", "wb", "r", "rb", "a", "ab", "r+", "r+b", "w+", "w+b", "a+", "a+b"}
local f = assert(io.open(name, "w"))
f:write("base\n")
f:close()
for i, m in ipairs(modes) do
  local h, err = io.open(name, m)
  print(m, io.type(h), err)
  if m:sub(1, 1) == "r" then
    print("  first line", h:read("l"))
    if m:find("+", 1, true) then
      h:seek("set", 0)
      h:write("BASE")
    end
  elseif m:sub(1, 1) == "w" then
    h:write("base\n")
    if m:find("+", 1, true) then
      h:seek("set")
      print("  reread", h:read("l"))
    end
  else
    h:write("more", i, "\n")
    if m:find("+", 1, true) then
      h:seek("set")
      print("  reread", h:read("l"))
    end
  end
  h:close()
  print("  content", (slurp():gsub("\n", "|")))
end
print(os.remove(name))
