-- package.loaded records each required module
print(package.loaded["modules.counter"])
local m = require("modules.counter")
print(rawequal(package.loaded["modules.counter"], m))
-- the standard libraries are in package.loaded
print(rawequal(package.loaded.string, string), rawequal(package.loaded.table, table))
print(rawequal(package.loaded.math, math), rawequal(package.loaded._G, _G))
print(rawequal(package.loaded.package, package))
-- removing the entry makes require run the module again
m.inc(10)
package.loaded["modules.counter"] = nil
local m2 = require("modules.counter")
print(rawequal(m, m2), m.get(), m2.get())
-- requiring a standard library returns it
print(rawequal(require("string"), string), rawequal(require("math"), math))
-- package.loaded is the registry table also seen by require
print(type(package.loaded), type(package))
