-- level 2 from a function called by the main chunk points at the caller's line
print("start")
local function helper()
  error("blame the caller", 2)
end

helper()
