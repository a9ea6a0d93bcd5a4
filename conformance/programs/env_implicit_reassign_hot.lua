-- a hot loop reads globals, then the environment changes under compiled code
local print = print
local g = _ENV
counter = 0
local function bump() counter = counter + 1 return counter end
for i = 1, 3000 do bump() end
print(counter)
local other = {counter = 100}
_ENV = other
for i = 1, 3000 do bump() end
_ENV = g
print(counter, other.counter)
