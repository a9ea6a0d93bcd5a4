-- class-style objects: methods via __index and obj:method()
local Account = {}
Account.__index = Account
function Account.new(owner, balance)
  return setmetatable({owner = owner, balance = balance or 0}, Account)
end
function Account:deposit(n) self.balance = self.balance + n; return self end
function Account:withdraw(n)
  if n > self.balance then return false, "insufficient" end
  self.balance = self.balance - n
  return true
end
function Account:report() return self.owner .. ": " .. self.balance end
local a = Account.new("ann", 10)
local b = Account.new("bob")
a:deposit(5):deposit(2.5)
print(a:report(), b:report())
print(b:withdraw(1))
print(a:withdraw(7))
print(a.balance, rawget(a, "deposit"), getmetatable(a) == Account)
print(a.deposit == Account.deposit, a.new == Account.new)
Account.kind = "checking"
print(a.kind, b.kind)
b.kind = "savings"
print(a.kind, b.kind, rawget(b, "kind"))
