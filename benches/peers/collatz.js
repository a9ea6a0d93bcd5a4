// Port of benches/programs/collatz.lua: longest Collatz chain below N (values stay below 2^53).
function chain(n) {
  let steps = 1;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    steps++;
  }
  return steps;
}
function longest(limit) {
  let best = 1, bestLen = 1;
  for (let start = 1; start < limit; start++) {
    const len = chain(start);
    if (len > bestLen) {
      best = start;
      bestLen = len;
    }
  }
  console.log(`${best}\t${bestLen}`);
}
longest(500000);
