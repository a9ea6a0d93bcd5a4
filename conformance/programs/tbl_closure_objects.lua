-- objects made of closures sharing private state
local function account(initial)
  local balance = initial
  local log = {}
  local self = {}
  function self.deposit(v) balance = balance + v; log[#log + 1] = "+" .. v end
  function self.withdraw(v)
    if v > balance then log[#log + 1] = "denied " .. v; return false end
    balance = balance - v
    log[#log + 1] = "-" .. v
    return true
  end
  function self.balance() return balance end
  function self.history() return table.concat(log, " ") end
  return self
end
local a = account(100)
local b = account(5)
a.deposit(50)
print(a.withdraw(30), a.withdraw(500))
print(a.balance(), b.balance())
b.deposit(1)
print(b.withdraw(6), b.balance())
print(a.history())
print(b.history())
local function counter()
  local n = 0
  return {inc = function() n = n + 1; return n end, get = function() return n end}
end
local c1, c2 = counter(), counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.get(), c2.get())
local fns = {}
for i = 1, 5 do fns[i] = function() return i * 10 end end
print(fns[1](), fns[3](), fns[5]())
