-- a method called with dot syntax gets the wrong self
local acc = {total = 0}
function acc:add(n) self.total = self.total + n; return self.total end
print(acc:add(5))
print(acc.add(acc, 5))
local other = {total = 100}
print(acc.add(other, 1))
print(acc.total, other.total)
local empty = {}
empty.total = 0
print(acc.add(empty, 2))
print("now wrong")
print(acc.add(7))
print("unreachable")
