-- hot loops calling find / match / gsub / gmatch so the JIT tiers kick in
local words = {"alpha", "beta42", "gamma_7", "delta", "eps1lon", "zeta", "x=1", "key = value"}
local found, matched, replaced, total, iters = 0, 0, 0, 0, 0
local acc = 0
for i = 1, 20000 do
  local w = words[i % #words + 1]
  local a, b = w:find("%d+")
  if a then found = found + (b - a + 1) end
  local k, v = w:match("^(%w+)%s*=%s*(%w+)$")
  if k then matched = matched + #k + #v end
  local r, n = w:gsub("[aeiou]", "")
  replaced = replaced + n
  total = total + #r
  for _ in w:gmatch("%a") do iters = iters + 1 end
  local p = string.find(w, "a", 1, true)
  if p then acc = acc + p end
end
print(found, matched, replaced, total, iters, acc)
-- varying patterns built in the loop
local hits = 0
for i = 1, 5000 do
  local pat = "^" .. (i % 10) .. "%d*$"
  if tostring(i):find(pat) then hits = hits + 1 end
end
print(hits)
-- gsub with a function and a table in a loop
local map = {a = "1", b = "2"}
local sum = 0
for i = 1, 5000 do
  local s = string.rep("ab", i % 5 + 1)
  local t1 = s:gsub("%a", map)
  local t2 = s:gsub(".", function(c) return c == "a" and "x" or nil end)
  sum = sum + tonumber(t1) % 97 + #t2
end
print(sum)
