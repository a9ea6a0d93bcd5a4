-- methods called with obj:m()
local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:withdraw(n)
  if n > self.balance then
    error("insufficient funds: " .. self.balance .. " < " .. n)
  end
  self.balance = self.balance - n
  return self.balance
end
function Account:spend(list)
  for _, n in ipairs(list) do self:withdraw(n) end
  return self.balance
end
local a = Account.new(100)
print(a:spend({10, 20}))
print(a:spend({30, 50}))
