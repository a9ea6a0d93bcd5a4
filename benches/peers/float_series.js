// Port of benches/programs/float_series.lua: the Leibniz series for pi.
function piSeries(n) {
  let sum = 0.0, sign = 1.0;
  for (let i = 0; i < n; i++) {
    sum += sign / (2 * i + 1);
    sign = -sign;
  }
  return 4 * sum;
}
console.log(piSeries(100000000).toFixed(10));
