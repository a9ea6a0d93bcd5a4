// Port of benches/cold/small.lua (integers and strings only, printed like Lua's print).
"use strict";
function square(x) { return x * x; }
function cube(x) { return x * x * x; }
function add(a, b) { return a + b; }
function max(a, b) { return a > b ? a : b; }
function min(a, b) { return a < b ? a : b; }
function abs(x) { return x < 0 ? -x : x; }
function clamp(x, lo, hi) { return max(lo, min(x, hi)); }
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function gcd(a, b) {
  while (b !== 0) { [a, b] = [b, a % b]; }
  return a;
}
function sumTo(n) {
  let s = 0;
  for (let i = 1; i <= n; i++) s += i;
  return s;
}
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
function greet(name) { return "hello, " + name; }
function repeatStr(s, n) { let r = ""; for (let i = 0; i < n; i++) r += s; return r; }
function makeCounter() { let count = 0; return () => ++count; }

const counter = makeCounter();
for (let i = 1; i <= 3; i++) {
  console.log([square(i), cube(i), add(i, 10), abs(-i), clamp(i * 7, 5, 15)].join("\t"));
  console.log([fact(i + 4), gcd(i * 12, 18), sumTo(i * 10), isPrime(i * 10 + 1)].join("\t"));
  console.log([greet("run " + i), repeatStr("ab", i), counter()].join("\t"));
}
