-- A fasta-like generator: sequences repeated from a source and drawn from weighted
-- alphabets with a linear congruential generator, cut into 60-column lines; a checksum of
-- what would be written stands for the output.
local IM, IA, IC = 139968, 3877, 29573
local last = 42
local function random(max)
  last = (last * IA + IC) % IM
  return max * last / IM
end

local alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
  .. "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGC"
  .. "TACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCC"

local checksum, lines = 0, 0
local function emit(line)
  lines = lines + 1
  for k = 1, #line, 7 do checksum = (checksum * 31 + line:byte(k)) % 1000000007 end
end

local function repeat_fasta(src, n)
  local width, len, pos = 60, #src, 1
  local s2 = src .. src
  while n > 0 do
    local w = n < width and n or width
    emit(s2:sub(pos, pos + w - 1))
    pos = pos + w
    if pos > len then pos = pos - len end
    n = n - w
  end
end

local function random_fasta(alphabet, n)
  local chars, probs, p = {}, {}, 0
  for i, pair in ipairs(alphabet) do
    p = p + pair[2]
    chars[i], probs[i] = pair[1], p
  end
  local buf, count = {}, #chars
  while n > 0 do
    local w = n < 60 and n or 60
    for k = 1, w do
      local r = random(1)
      local c = chars[count]
      for i = 1, count do
        if r < probs[i] then c = chars[i] break end
      end
      buf[k] = c
    end
    emit(table.concat(buf, "", 1, w))
    n = n - w
  end
end

local iub = {{"a", 0.27}, {"c", 0.12}, {"g", 0.12}, {"t", 0.27}, {"B", 0.02}, {"D", 0.02},
  {"H", 0.02}, {"K", 0.02}, {"M", 0.02}, {"N", 0.02}, {"R", 0.02}, {"S", 0.02}, {"V", 0.02},
  {"W", 0.02}, {"Y", 0.02}}
local homo = {{"a", 0.3029549426680}, {"c", 0.1979883004921}, {"g", 0.1975473066391}, {"t", 0.3015094502008}}

local N = 1000000
repeat_fasta(alu, N * 2)
random_fasta(iub, N * 3)
random_fasta(homo, N * 5)
print(lines, checksum, string.format("%.6f", random(1)))
