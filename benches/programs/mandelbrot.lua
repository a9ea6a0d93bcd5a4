-- Mandelbrot set membership over a 1000x1000 grid, 300 iterations, at top level: a float
-- loop nest in the main chunk (compiled code enters it through OSR).
local size, iters = 1000, 300
local inside = 0
for y = 0, size - 1 do
  local ci = 2.0 * y / size - 1.0
  for x = 0, size - 1 do
    local cr = 2.0 * x / size - 1.5
    local zr, zi = 0.0, 0.0
    local escaped = false
    for _ = 1, iters do
      local zr2, zi2 = zr * zr, zi * zi
      if zr2 + zi2 > 4.0 then
        escaped = true
        break
      end
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
    end
    if not escaped then inside = inside + 1 end
  end
end
print(inside)
