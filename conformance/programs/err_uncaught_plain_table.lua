-- an uncaught error with a table value without __tostring is reported generically
local function fail(reason)
  error({reason = reason})
end
local ok, e = pcall(fail, "first")
print(ok, e.reason)
for i = 1, 3 do print("step", i) end
local withmt = setmetatable({reason = "last"}, {__index = function() return "x" end})
print(withmt.other)
error(withmt)
print("unreachable")
