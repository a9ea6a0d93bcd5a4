-- A loop of small calls: tiny functions called from a hot loop (inlining territory).
local function add(a, b) return a + b end
local function mul3(x) return x * 3 end
local function clamp(x, hi) if x > hi then return hi end return x end
local function work(n)
  local s = 0
  for i = 1, n do
    s = add(s, clamp(mul3(i) % 7, 5))
  end
  return s
end
print(work(20000000))
