-- a module with a syntax error: require reports which file failed to load
local ok, e = pcall(require, "modules.bad_syntax")
print(ok)
print(e)
print(package.loaded["modules.bad_syntax"])
-- found through a custom path, with a different module name
package.path = "./modules/?.lua"
ok, e = pcall(require, "bad_syntax")
print(ok)
print(e)
-- loadfile of the same file gives just the syntax message
print(loadfile("modules/bad_syntax.lua"))
