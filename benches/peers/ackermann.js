// Port of benches/programs/ackermann.lua: ack(3, n) repeated.
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
let total = 0;
for (let i = 1; i <= 30; i++) {
  total += ack(3, 5 + (i % 5));
}
console.log(total);
