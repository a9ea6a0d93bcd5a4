-- Fannkuch-redux: for every permutation of 1..n (arrays), count the prefix reversals
-- ("pancake flips") needed until 1 comes first; print the alternating-sign checksum of the
-- flip counts (permutations numbered in generation order) and the maximum.
local function fannkuch(n)
  local perm, perm1, count = {}, {}, {}
  for i = 1, n do
    perm1[i] = i
    perm[i] = 0
    count[i] = 0
  end
  local max_flips, checksum, index = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      count[r] = r
      r = r - 1
    end

    -- Count the flips of this permutation on a copy.
    for i = 1, n do
      perm[i] = perm1[i]
    end
    local flips = 0
    local k = perm[1]
    while k ~= 1 do
      local lo, hi = 1, k
      while lo < hi do
        local t = perm[lo]
        perm[lo] = perm[hi]
        perm[hi] = t
        lo = lo + 1
        hi = hi - 1
      end
      flips = flips + 1
      k = perm[1]
    end
    if flips > max_flips then
      max_flips = flips
    end
    if index % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end

    -- Next permutation: rotate the first r + 1 elements left while the counter for r runs out.
    while true do
      if r == n then
        return { checksum = checksum, max_flips = max_flips, count = index + 1 }
      end
      local first = perm1[1]
      for i = 1, r do
        perm1[i] = perm1[i + 1]
      end
      perm1[r + 1] = first
      count[r + 1] = count[r + 1] - 1
      if count[r + 1] > 0 then
        break
      end
      r = r + 1
    end
    index = index + 1
  end
end

for n = 7, 10 do
  local res = fannkuch(n)
  print(string.format("n=%d permutations=%d checksum=%d max flips=%d",
    n, res.count, res.checksum, res.max_flips))
end
