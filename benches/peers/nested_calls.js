// Port of benches/programs/nested_calls.lua: three loop levels calling tiny functions.
function mix(a, b) { return (a * 31 + b) % 1009; }
function inc(x) { return x + 1; }
function pick(x, y) { if (x < y) return x; return y; }
function inner(i, j, n) {
  let s = 0;
  for (let k = 1; k <= n; k++) s += mix(i + k, j);
  return s;
}
function middle(i, n) {
  let s = 0;
  for (let j = 1; j <= n; j++) s += pick(inner(i, j, n), 400 * n) + inc(j);
  return s;
}
function outer(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) total = (total + middle(i, n)) % 1000000007;
  return total;
}
console.log(outer(400));
