-- a reader returning a non-string makes load fail with a message
-- (called through pcall, so no message handler is active while the reader runs)
print(pcall(load, function() return {} end))
print(pcall(load, function() return true end))
local k = 0
print(pcall(load, function() k = k + 1 if k == 1 then return "return 1" end return false end))
local function try(reader)
  local f, e = load(reader)
  return f, e
end
print(pcall(try, function() return {} end))
-- a number counts as a string piece (converted), so it is consumed like text
local nums = { "return ", 4, 2 }
local i = 0
print(load(function() i = i + 1 return nums[i] end)())
-- an error raised inside the reader is returned by load
print(pcall(load, function() error("reader exploded") end))
print(pcall(load, function() error("no position", 0) end))
local ok, f, e = pcall(load, function() error({ code = 7 }) end)
print(ok, f, type(e), e.code)
-- load with a non-function, non-string argument is an argument error
local ok2, err = pcall(load, nil)
print(ok2, err)
ok2, err = pcall(load)
print(ok2, err)
ok2, err = pcall(load, {})
print(ok2, err)
-- a number is converted to a string source
print(pcall(load, 123))
