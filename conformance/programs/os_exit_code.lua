-- os.exit(3): output so far is flushed, the process ends with status 3
print("before exit")
io.write("partial line without newline")
local function deep(n)
  if n == 0 then os.exit(3) end
  return deep(n - 1) + 1
end
deep(10)
print("never printed")
