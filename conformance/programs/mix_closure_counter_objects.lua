-- closures as objects, hot methods, string building, tonumber/tostring, error at the end
local function account(name, balance)
  local history = ""
  local ops = 0
  local function record(kind, amt)
    ops = ops + 1
    if ops <= 5 then history = history .. string.format("%s:%s;", kind, tostring(amt)) end
  end
  local function deposit(x) balance = balance + x record("d", x) return balance end
  local function withdraw(x)
    if x > balance then error(string.format("%s: insufficient funds (%d > %d)", name, x, balance)) end
    balance = balance - x record("w", x) return balance
  end
  local function report() return string.format("%-6s bal=%10.2f ops=%d hist=%s", name, balance, ops, history) end
  return function(op, x)
    if op == "d" then return deposit(x) elseif op == "w" then return withdraw(x) else return report() end
  end
end
local a = account("alice", 100)
local b = account("bob", 0.5)
for i = 1, 4000 do
  a("d", i % 7)
  if i % 3 == 0 then a("w", 2) end
  b("d", 0.25)
end
print(a("r"))
print(b("r"))
print("string amount", a("d", "10"), tonumber("0x1F") + a("w", 1), tonumber("z", 36), tonumber("777", 8))
print(type(a), type(a("r")), tostring(nil), tostring(true), tostring(-0.0))
for i = 1, 3 do print(i, a("w", 1000)) end
