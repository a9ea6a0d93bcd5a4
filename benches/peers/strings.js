// Port of benches/programs/strings.lua: string building, slicing, char codes and number formatting.
// i * 0.5 + 0.25 is never integral and has few digits, so String() matches Lua's "%.14g".
function line(i) {
  return "item" + i + ":" + String(i % 100000).padStart(5, "0") + "|" + i.toString(16) + "," +
    String(i * 0.5 + 0.25) + "ab".repeat(i % 5) + ";";
}
function build(n) {
  let checksum = 0, total = 0;
  let buf = "";
  for (let i = 1; i <= n; i++) {
    const s = line(i);
    total += s.length;
    for (let k = 0; k < s.length; k += 3) {
      checksum = (checksum * 31 + s.charCodeAt(k)) % 1000000007;
    }
    buf = buf + String.fromCharCode(97 + (i % 26)) + s.slice(-3);
    if (buf.length >= 96) {
      const t = buf.toUpperCase().split("").reverse().join("");
      checksum = (checksum + t.charCodeAt(6) * t.length + t.length) % 1000000007;
      buf = buf.slice(48);
    }
  }
  console.log(`${checksum}\t${total + buf.length}`);
}
build(800000);
