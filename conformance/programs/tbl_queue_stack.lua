-- a stack and a double-ended queue
local stack = {n = 0}
local function push(s, v) s.n = s.n + 1; s[s.n] = v end
local function pop(s) local v = s[s.n]; s[s.n] = nil; s.n = s.n - 1; return v end
for i = 1, 5 do push(stack, i * i) end
print(stack.n, pop(stack), pop(stack), stack.n)
push(stack, "x")
print(pop(stack), pop(stack), pop(stack), pop(stack), stack.n)
local q = {first = 0, last = -1}
local function pushleft(q, v) q.first = q.first - 1; q[q.first] = v end
local function pushright(q, v) q.last = q.last + 1; q[q.last] = v end
local function popleft(q)
  if q.first > q.last then return nil end
  local v = q[q.first]; q[q.first] = nil; q.first = q.first + 1; return v
end
local function popright(q)
  if q.first > q.last then return nil end
  local v = q[q.last]; q[q.last] = nil; q.last = q.last - 1; return v
end
for i = 1, 4 do pushright(q, i) end
for i = 1, 3 do pushleft(q, -i) end
print(q.first, q.last)
print(popleft(q), popright(q), popleft(q), popright(q))
print(popleft(q), popleft(q), popleft(q), popleft(q))
print(q.first, q.last)
for i = 1, 1000 do pushright(q, i) end
local s = 0
while true do local v = popleft(q); if v == nil then break end; s = s + v end
print(s, q.first, q.last)
