-- A spectral-norm-like kernel without tables: v = A^T (A u) with A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
-- and u recomputed on the fly; float-heavy nested loops of small function calls.
local function A(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) * 0.5 + i + 1)
end
local function u(j)
  return 1.0 + (j % 7) * 0.125
end
local function Au(k, n)
  local s = 0.0
  for j = 0, n - 1 do
    s = s + A(k, j) * u(j)
  end
  return s
end
local function AtAu(i, n)
  local s = 0.0
  for k = 0, n - 1 do
    s = s + A(k, i) * Au(k, n)
  end
  return s
end
local function norm(n)
  local vBv, vv = 0.0, 0.0
  for i = 0, n - 1 do
    local v = AtAu(i, n)
    vBv = vBv + u(i) * v
    vv = vv + v * v
  end
  return math.sqrt(vBv / vv)
end
print(string.format("%.9f", norm(300)))
