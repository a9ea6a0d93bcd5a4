-- deep tail calls do not grow the stack
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print("loop 1e6", loop(1000000, 0))
function ping(n)
  if n == 0 then return "ping done" end
  return pong(n - 1)
end
function pong(n)
  if n == 0 then return "pong done" end
  return ping(n - 1)
end
print(ping(1000001))
print(ping(1000000))
local function count_down(n)
  if n > 0 then return count_down(n - 1) end
  return "bottom"
end
print(count_down(2000000))
local function none() end
local function tail_none(n)
  if n == 0 then return none() end
  return tail_none(n - 1)
end
print(tail_none(100000))
print("after")
