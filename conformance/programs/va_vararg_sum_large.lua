-- varargs with many values
local function count(...) return select("#", ...) end
local function sum(...)
  local t = {...}
  local s = 0
  for i = 1, #t do s = s + t[i] end
  return s
end
local big = {}
for i = 1, 250 do big[i] = i end
print(count(table.unpack(big)))
print(sum(table.unpack(big)))
local function pass(...) return ... end
print(count(pass(table.unpack(big))))
print(sum(pass(pass(table.unpack(big)))))
local function last(...) return (select(-1, ...)) end
print(last(table.unpack(big)))
local function tail(...) return select(200, ...) end
print(count(tail(table.unpack(big))))
print(sum(tail(table.unpack(big))))
