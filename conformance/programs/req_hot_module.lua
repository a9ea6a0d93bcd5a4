-- functions from required modules called in hot loops
local vec = require("modules.vec")
local counter = require("modules.counter")
local acc = vec.new(0, 0)
for i = 1, 20000 do
  acc = acc + vec.new(i % 3, 1)
end
print(tostring(acc))
for i = 1, 100000 do counter.inc() end
print(counter.get())
-- require keeps only the first value a module returns; the second result is the path
local total, where = require("modules.hot")
print(total, where, package.loaded["modules.hot"])
local sum = select(2, dofile("modules/hot.lua"))
local s = 0
for i = 1, 200 do s = s + sum(500) end
print(s)
-- require inside a loop returns the cached module every time
local same = 0
for i = 1, 10000 do
  if require("modules.vec") == vec then same = same + 1 end
end
print(same, vec_loaded_count)
