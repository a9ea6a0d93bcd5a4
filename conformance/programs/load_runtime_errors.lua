-- runtime errors inside loaded chunks carry the chunk name and line
local cases = {
  "local t = nil\nreturn t.x",
  "local a = 'str'\nlocal b = {}\nreturn a + b",
  "return undefined_function()",
  "local n = nil\n\nreturn #n",
  "error('explicit')",
  "local x = 1\nerror('at line two')",
  "return 1 < 'x'",
  "local t = setmetatable({}, {__index = function(t, k) error('no key ' .. k) end})\nreturn t.foo",
  "return ('x')()",
  "return 1 // 0",
}
for i = 1, #cases do
  local f = assert(load(cases[i]))
  print(i, pcall(f))
end
-- the same with explicit chunk names
local ok, e = pcall(load("\n\nlocal v = nil\nreturn v()", "=named"))
print(ok, e)
ok, e = pcall(load("return {} .. 'x'", "@some/file.lua"))
print(ok, e)
-- a function defined in a chunk reports the chunk's name when it errors later
local f = load("return function(t)\n  return t.a.b\nend", "=later")()
print(pcall(f, {}))
print(pcall(f, { a = { b = "ok" } }))
