-- order of integer keys given explicitly in a constructor
local function keys(t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = k end
  return table.concat(out, " ")
end
print(keys({10, 20, 30, [5] = 50, [4] = 40}))
print(keys({[1] = 1, [2] = 2, [3] = 3}))
print(keys({[3] = 3, [2] = 2, [1] = 1}))
print(keys({[10] = 1, [20] = 2, [30] = 3}))
print(keys({[-1] = 1, [0] = 0, 1, 2}))
print(keys({[100] = 1, 5, 6, 7}))
print(keys({1, 2, 3, [2] = "dup"}))
print(keys({[4] = 4, [8] = 8, [16] = 16, [32] = 32}))
local t = {[7] = "x", [3] = "y"}
print(t[7], t[3], keys(t))
