-- require loads a module returning a table
local counter = require("modules.counter")
print(type(counter))
print(counter.inc(), counter.inc(5), counter.get())
print(counter.name)
-- module state persists between uses
local again = require("modules.counter")
print(again.get(), again.inc())
print(counter.loads)
-- require with the call-without-parentheses syntax
local c2 = require "modules.counter"
print(c2.get())
