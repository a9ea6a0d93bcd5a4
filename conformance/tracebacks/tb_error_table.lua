-- an error object that is a table without __tostring
local function fail(code)
  error({code = code, msg = "failure"})
end
local ok, e = pcall(fail, 7)
print(ok, type(e), e.code, e.msg)
local function wrap() fail(9) end
wrap()
