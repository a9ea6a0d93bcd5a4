-- an uncaught error with a number value is reported as that number
local codes = {ok = 0, missing = 404}
local function status(name)
  local c = codes[name]
  if c ~= 0 then error(c) end
  return "fine"
end
print(status("ok"))
print(pcall(status, "missing"))
print(pcall(status, "nothing"))
print("raising 404")
status("missing")
print("unreachable")
