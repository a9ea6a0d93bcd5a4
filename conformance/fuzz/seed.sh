#!/usr/bin/env bash
# Seeds the fuzz corpora: the conformance programs as source, their bytecode text, and
# random choice strings for the generator. Corpora live under conformance/fuzz/corpus/
# (not committed).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q
out=conformance/fuzz/corpus
mkdir -p "$out/source_text" "$out/bytecode_text" "$out/source_differential"
for f in conformance/programs/*.lua; do
  name=$(basename "$f" .lua)
  cp "$f" "$out/source_text/$name"
  target/release/strata disasm "$f" >"$out/bytecode_text/$name" 2>/dev/null || rm -f "$out/bytecode_text/$name"
done
for i in $(seq 1 64); do
  head -c $((i * 40)) /dev/urandom >"$out/source_differential/seed$i"
done
echo "seeded $(ls "$out/source_text" | wc -l) source, $(ls "$out/bytecode_text" | wc -l) bytecode, 64 generator inputs"
