-- package.config, searchpath and other package fields
local function firstline(s)
  for i = 1, #s do
    if s:byte(i) == 10 then return s:sub(1, i - 1) end
  end
  return s
end
print(firstline(package.config))
print(#package.config)
local parts = {}
for i = 1, #package.config, 2 do parts[#parts + 1] = package.config:sub(i, i) end
print(table.concat(parts, " "))
print(type(package.searchpath), type(package.path), type(package.cpath))
print(type(package.loadlib), type(package.preload), type(package.loaded))
-- searchpath returns nil and the list of tried files when nothing is found
print(package.searchpath("absent", "./modules/?.lua;./other/?.x"))
print(package.searchpath("a.b.c", "./?.lua"))
-- custom separator and replacement arguments
print(package.searchpath("modules_counter", "./?.lua", "_", "/"))
print(package.searchpath("modules.counter", "./?.lua", ""))
-- the path for a found module
print(package.searchpath("modules.vec", "./?.lua"))
-- require is a function in the global table and in package.loaded._G
print(type(require), rawequal(package.loaded._G.require, require))
