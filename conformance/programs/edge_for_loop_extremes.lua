local mx, mn = math.maxinteger, math.mininteger
local function run(a, b, c)
  local n, first, last = 0, nil, nil
  for i = a, b, c do n = n + 1; if not first then first = i end; last = i; if n > 20 then break end end
  print(a, b, c, n, first, last)
end
run(mx - 2, mx, 1) run(mx - 2, mx, 2) run(mx - 5, mx, 4) run(mn + 2, mn, -1) run(mn, mn + 3, 5)
run(mx, mn, mn) run(mn, mx, mx) run(0, mx, mx) run(mx, 0, -mx) run(1, 0, 1) run(0, 1, -1)
run(1, 3.5, 1) run(1, 3.5, 0.5) run(0.1, 1, 0.1) run(1, 0, -0.25) run(mx - 1, 1/0, 1)
run(1, mx + 0.0, mx) run(mn, -1/0, -1) run(1, 2^63, 2^62) run(1.0, 3, 1)
run(3, 1.5, -1) run(-3, -1.5, 1) run(mx, 2^63, 1) run(mn, -2^63, -1)
run(1, 0/0, 1) run(0/0, 1, 1) run(1, 10, mx) run(-1, -10, mn)
run("1", 3, 1)
