// Port of benches/programs/hash.lua: xorshift32 + FNV-1a on int32 (Math.imul), unsigned at the end.
function hash(n) {
  let h = 2166136261 | 0;
  let x = 2463534242 | 0;
  for (let i = 1; i <= n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    h = Math.imul(h ^ (x & 0xff), 16777619);
    h = Math.imul(h ^ ((x >>> 8) & 0xff), 16777619);
    h ^= i & 0xffff;
  }
  return h >>> 0;
}
console.log(hash(40000000));
