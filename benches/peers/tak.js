// Port of benches/programs/tak.lua: the Takeuchi function.
function tak(x, y, z) {
  if (y >= x) return z;
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}
console.log(tak(32, 16, 8));
