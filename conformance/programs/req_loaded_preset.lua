-- assigning package.loaded[name] before require short-circuits the search
package.loaded["fake"] = { fake = true }
local m = require("fake")
print(m.fake, rawequal(m, package.loaded.fake))
-- any true value works, even a string or number
package.loaded["str"] = "just a string"
print(require("str"))
package.loaded["num"] = 42
print(require("num"))
-- overriding a real module file
package.loaded["modules.counter"] = { overridden = "yes" }
print(require("modules.counter").overridden)
-- a preset false value does not count: the module is searched and loaded
package.loaded["modules.falsy"] = false
print(require("modules.falsy"), falsy_ran)
-- replacing a standard library entry
local realmath = math
package.loaded.math = { pi = 3 }
print(require("math").pi, math.pi == realmath.pi)
package.loaded.math = realmath
print(require("math").floor(2.5))
