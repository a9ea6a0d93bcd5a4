// Port of benches/programs/mandelbrot.lua: set membership over a 1000x1000 grid, 300 iterations.
const size = 1000, iters = 300;
let inside = 0;
for (let y = 0; y < size; y++) {
  const ci = 2.0 * y / size - 1.0;
  for (let x = 0; x < size; x++) {
    const cr = 2.0 * x / size - 1.5;
    let zr = 0.0, zi = 0.0;
    let escaped = false;
    for (let k = 1; k <= iters; k++) {
      const zr2 = zr * zr, zi2 = zi * zi;
      if (zr2 + zi2 > 4.0) {
        escaped = true;
        break;
      }
      zi = 2.0 * zr * zi + ci;
      zr = zr2 - zi2 + cr;
    }
    if (!escaped) inside++;
  }
}
console.log(inside);
