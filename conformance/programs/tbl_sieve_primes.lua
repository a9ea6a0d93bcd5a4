-- sieve of Eratosthenes using a boolean array
local N = 10000
local composite = {}
for i = 2, N do composite[i] = false end
for i = 2, math.floor(math.sqrt(N)) do
  if not composite[i] then
    for j = i * i, N, i do composite[j] = true end
  end
end
local primes = {}
for i = 2, N do if not composite[i] then primes[#primes + 1] = i end end
print(#primes)
print(primes[1], primes[2], primes[10], primes[#primes])
local s = 0
for _, p in ipairs(primes) do s = s + p end
print(s)
local twins = 0
for i = 2, #primes do if primes[i] - primes[i - 1] == 2 then twins = twins + 1 end end
print(twins)
print(composite[9973], composite[9999], composite[2])
