-- error(msg, 0) adds no position; also a number message
local function parse(s)
  if s == "" then error("parse error: empty string", 0) end
  return #s
end
print(pcall(error, 123))
print(pcall(error, "lvl0", 0))
local function go() return parse("") + 1 end
print(go())
