-- A float series inside a function: the Leibniz series for pi.
local function pi_series(n)
  local sum, sign = 0.0, 1.0
  for i = 0, n - 1 do
    sum = sum + sign / (2 * i + 1)
    sign = -sign
  end
  return 4 * sum
end
print(string.format("%.10f", pi_series(100000000)))
