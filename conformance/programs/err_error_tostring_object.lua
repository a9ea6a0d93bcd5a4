-- an error object with __tostring is caught and printed through tostring
local mt = {__tostring = function(self) return "MyError(" .. self.code .. ")" end}
local function fail(code) error(setmetatable({code = code}, mt)) end
local ok, e = pcall(fail, 404)
print(ok, tostring(e), e.code)
print(e)
print(type(e), getmetatable(e) == mt)
ok, e = pcall(fail, 500)
print("got: " .. tostring(e))
local ok2, e2 = xpcall(fail, function(err) return "wrapped " .. tostring(err) end, 7)
print(ok2, e2)
local named = setmetatable({}, {__tostring = function() return "named error" end, __name = "Custom"})
ok, e = pcall(error, named)
print(ok, tostring(e), e == named)
local list = {}
for i = 1, 3 do
  local _, err = pcall(fail, i)
  list[i] = tostring(err)
end
print(table.concat(list, ", "))
