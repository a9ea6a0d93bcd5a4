-- an error raised at the top level of a required module, not caught
print("requiring a good module")
local c = require("modules.counter")
print(c.inc(2))
print("requiring a failing module")
local bad = require("modules.bad_runtime")
print("not reached", bad)
