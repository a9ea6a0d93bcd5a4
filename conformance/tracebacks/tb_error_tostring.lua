-- an error object with __tostring: the message is its string, no traceback
local Err = {}
Err.__tostring = function(e) return "MyError(" .. e.code .. "): " .. e.text end
local function raise(code, text)
  error(setmetatable({code = code, text = text}, Err))
end
local ok, e = pcall(raise, 1, "first")
print(ok, tostring(e))
local function work() raise(42, "something broke") end
work()
