// Port of benches/programs/intloop.lua: an integer loop with multiply, modulo and a branch.
function work(n) {
  let acc = 0;
  for (let i = 1; i <= n; i++) {
    acc += (i * 7) % 13;
    if (acc > 1000000) acc -= 999999;
  }
  return acc;
}
console.log(work(80000000));
