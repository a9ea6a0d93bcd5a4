-- Spectral norm: the largest singular value of the infinite matrix
-- A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1) (i, j from 0), truncated to n x n,
-- by the power method on A^T A; the vectors are arrays (tables indexed 1..n).
local function a(i, j)
  -- i and j are 1-based here.
  local s = i + j - 2
  return 1.0 / (s * (s + 1) / 2 + i)
end

local function mul_av(n, v, out)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + a(i, j) * v[j]
    end
    out[i] = sum
  end
end

local function mul_atv(n, v, out)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + a(j, i) * v[j]
    end
    out[i] = sum
  end
end

local function mul_atav(n, v, out, tmp)
  mul_av(n, v, tmp)
  mul_atv(n, tmp, out)
end

local function spectral_norm(n)
  local u, v, tmp = {}, {}, {}
  for i = 1, n do
    u[i] = 1.0
    v[i] = 0.0
    tmp[i] = 0.0
  end
  for _ = 1, 10 do
    mul_atav(n, u, v, tmp)
    mul_atav(n, v, u, tmp)
  end
  local vbv, vv = 0.0, 0.0
  for i = 1, n do
    vbv = vbv + u[i] * v[i]
    vv = vv + v[i] * v[i]
  end
  return math.sqrt(vbv / vv)
end

print(string.format("%.9f", spectral_norm(100)))
print(string.format("%.9f", spectral_norm(1000)))
