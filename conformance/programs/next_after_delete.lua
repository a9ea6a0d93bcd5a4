-- next keeps working when fields are cleared during traversal
local t = {}
for i = 1, 10 do t[i] = i end
for k, v in pairs(t) do
  if k % 2 == 0 then t[k] = nil end
end
local ks = {}
for k in pairs(t) do ks[#ks + 1] = k end
print(table.concat(ks, " "))
for k in pairs(t) do t[k] = nil end
print(next(t))
local u = {a = 1, b = 2, c = 3, d = 4}
local n = 0
for k in pairs(u) do u[k] = nil; n = n + 1 end
print(n, next(u))
local w = {5, 6, 7, 8}
local sum = 0
for k, v in pairs(w) do
  sum = sum + v
  w[k] = v * 10
end
print(sum, w[1], w[4])
local seen = 0
for k, v in ipairs(w) do
  seen = seen + 1
  if k == 2 then w[3] = nil end
end
print(seen)
