-- loops of 100000 iterations with a <close> inside the body (OSR / JIT)
local closes = 0
local mt = {__close = function(o, e) closes = closes + o.w end}
local acc = 0
for i = 1, 100000 do
  local c <close> = setmetatable({w = 1}, mt)
  acc = acc + i % 7
end
print("for", acc, closes)
closes = 0
local i = 0
while i < 100000 do
  i = i + 1
  local c <close> = setmetatable({w = 2}, mt)
  if i % 3 == 0 then
    local d <close> = setmetatable({w = 1}, mt)
  end
end
print("while", i, closes)
closes = 0
local j = 0
repeat
  j = j + 1
  local c <close> = setmetatable({w = 1}, mt)
until j >= 100000
print("repeat", j, closes)
-- break out of a hot loop
closes = 0
local k = 0
for n = 1, 1000000 do
  local c <close> = setmetatable({w = 1}, mt)
  k = n
  if n == 123456 then break end
end
print("break", k, closes)
-- continue pattern in a hot loop
closes = 0
local odd = 0
for n = 1, 100000 do
  local c <close> = setmetatable({w = 1}, mt)
  if n % 2 == 0 then goto continue end
  odd = odd + 1
  ::continue::
end
print("continue", odd, closes)
-- nil closables in a hot loop are skipped
closes = 0
for n = 1, 100000 do
  local c <close> = (n % 4 == 0) and setmetatable({w = 1}, mt) or nil
end
print("nil mix", closes)
