-- cons lists via closures
local function cons(h, t) return function(w) if w == 1 then return h end return t end end
local function head(l) return l(1) end
local function tail(l) return l(2) end
local function range(a, b) if a > b then return nil end return cons(a, range(a + 1, b)) end
local function foldl(f, acc, l) if l == nil then return acc end return foldl(f, f(acc, head(l)), tail(l)) end
local function map(f, l) if l == nil then return nil end return cons(f(head(l)), map(f, tail(l))) end
local function filter(p, l) if l == nil then return nil end if p(head(l)) then return cons(head(l), filter(p, tail(l))) end return filter(p, tail(l)) end
local function tostr(l) if l == nil then return "" end local rest = tostr(tail(l)) if rest == "" then return tostring(head(l)) end return tostring(head(l)) .. "," .. rest end
local l = range(1, 20)
print(tostr(l))
print(foldl(function(a, b) return a + b end, 0, l))
print(tostr(map(function(x) return x * x / 2 end, filter(function(x) return x % 3 == 0 end, l))))
-- sieve with string
local N = 200
local s = string.rep("1", N)
for i = 2, N do
  if s:sub(i, i) == "1" then
    for j = i * i, N, i do s = s:sub(1, j - 1) .. "0" .. s:sub(j + 1) end
  end
end
local primes, cnt = "", 0
for i = 2, N do if s:byte(i) == 49 then cnt = cnt + 1 if cnt <= 15 then primes = primes .. i .. " " end end end
print(cnt, primes)
-- collatz
local function collatz(n) local steps = 0 while n ~= 1 do if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end steps = steps + 1 end return steps end
local best, bestn = 0, 0
for i = 1, 3000 do local c = collatz(i) if c > best then best, bestn = c, i end end
print(best, bestn)
-- string ops
local function caesar(str, k)
  local out = ""
  for i = 1, #str do
    local c = str:byte(i)
    if c >= 97 and c <= 122 then c = (c - 97 + k) % 26 + 97 elseif c >= 65 and c <= 90 then c = (c - 65 + k) % 26 + 65 end
    out = out .. string.char(c)
  end
  return out
end
print(caesar("Hello, World! xyz", 3), caesar(caesar("Hello, World! xyz", 3), -3))
-- gcd, pow mod
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local function powmod(b, e, m) local r = 1 b = b % m while e > 0 do if e & 1 == 1 then r = r * b % m end b = b * b % m e = e >> 1 end return r end
print(gcd(1071, 462), gcd(-12, 18), gcd(0, 5), powmod(2, 100, 1000000007), powmod(3, 200, 13))
-- float accumulations
local sum = 0.0
for i = 1, 1000 do sum = sum + 1 / i end
print(sum, string.format("%.10f", sum))
local acc = 0
for x = 0, 1, 0.1 do acc = acc + 1 end
print(acc)
-- integer hash
local h = 0
for i = 1, 10000 do h = (h * 31 + i) & 0xFFFFFFFF end
print(h, h ~ 0xABCDEF, ~h)
local hh = 7
for i = 1, 100 do hh = hh * 6364136223846793005 + 1442695040888963407 end
print(hh, hh >> 33, hh // 3, hh % 1000)
