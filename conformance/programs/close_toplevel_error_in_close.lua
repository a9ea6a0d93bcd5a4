-- a normal end of the main chunk, but a __close raises an error: the program fails
local function mk(name, fail)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, type(e))
    if fail then error("close of " .. o.name .. " failed", 0) end
  end})
end
local a <close> = mk("a")
local b <close> = mk("b", true)
local c <close> = mk("c")
print("end of main chunk")
