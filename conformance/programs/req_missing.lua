-- requiring a missing module raises an error listing where it looked
local function firstline(s)
  for i = 1, #s do
    if s:byte(i) == 10 then return s:sub(1, i - 1) end
  end
  return s
end
local ok, e = pcall(require, "modules.does_not_exist")
print(ok, type(e), #e > 0)
print(firstline(e))
ok, e = pcall(require, "nope")
print(ok, firstline(e))
-- nothing is stored in package.loaded
print(package.loaded["nope"], package.loaded["modules.does_not_exist"])
-- with restricted paths the whole message is predictable
package.path = "./modules/?.lua"
package.cpath = ""
ok, e = pcall(require, "ghost")
print(ok)
print(e)
-- require with a non-string name
ok, e = pcall(require)
print(ok, e)
ok, e = pcall(require, {})
print(ok, e)
