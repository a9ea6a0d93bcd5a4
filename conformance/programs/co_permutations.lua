-- permutation generator (PIL chapter 9 style)
local function permgen(a, n)
  n = n or #a
  if n <= 1 then
    coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  local co = coroutine.create(function() permgen(a) end)
  return function()
    local code, res = coroutine.resume(co)
    return res
  end
end
local count = 0
for p in permutations({"a", "b", "c", "d"}) do
  count = count + 1
  print(count, table.concat(p, " "))
end

-- same with wrap, counting permutations of 6 elements and a checksum
local function perms_wrap(a)
  return coroutine.wrap(function() permgen(a) end)
end
local n, sum = 0, 0
for p in perms_wrap({1, 2, 3, 4, 5, 6}) do
  n = n + 1
  sum = sum + p[1] * 100000 + p[2] * 10000 + p[3] * 1000 + p[6]
end
print("6 elements:", n, sum)

-- empty and single-element inputs
for p in perms_wrap({}) do print("empty perm size", #p) end
for p in perms_wrap({"solo"}) do print("single", p[1]) end

-- the array is restored after the generator finishes
local arr = {1, 2, 3}
for _ in perms_wrap(arr) do end
print("restored", table.concat(arr, ","))
