// Port of benches/programs/spectral.lua: v = A^T (A u) without arrays, then sqrt(u.v / v.v).
function A(i, j) {
  const ij = i + j;
  return 1.0 / (ij * (ij + 1) * 0.5 + i + 1);
}
function u(j) {
  return 1.0 + (j % 7) * 0.125;
}
function Au(k, n) {
  let s = 0.0;
  for (let j = 0; j < n; j++) s += A(k, j) * u(j);
  return s;
}
function AtAu(i, n) {
  let s = 0.0;
  for (let k = 0; k < n; k++) s += A(k, i) * Au(k, n);
  return s;
}
function norm(n) {
  let vBv = 0.0, vv = 0.0;
  for (let i = 0; i < n; i++) {
    const v = AtAu(i, n);
    vBv += u(i) * v;
    vv += v * v;
  }
  return Math.sqrt(vBv / vv);
}
console.log(norm(300).toFixed(9));
