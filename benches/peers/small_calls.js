// Port of benches/programs/small_calls.lua: tiny functions called from a hot loop.
function add(a, b) { return a + b; }
function mul3(x) { return x * 3; }
function clamp(x, hi) { if (x > hi) return hi; return x; }
function work(n) {
  let s = 0;
  for (let i = 1; i <= n; i++) {
    s = add(s, clamp(mul3(i) % 7, 5));
  }
  return s;
}
console.log(work(20000000));
