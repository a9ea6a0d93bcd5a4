-- errors raised inside table.sort comparators are caught; the table keeps its elements
local t = {5, 3, 8, 1, 9, 2, 7}
local calls = 0
local ok, e = pcall(table.sort, t, function(a, b)
  calls = calls + 1
  if calls == 5 then error("comparator gave up") end
  return a < b
end)
print(ok, e)
local s = 0
for i = 1, #t do s = s + t[i] end
print(#t, s)
table.sort(t)
print(table.concat(t, " "))
local errv = {}
ok, e = pcall(table.sort, {3, 2, 1}, function() error(errv) end)
print(ok, e == errv)
print(pcall(table.sort, {1, 2, 3}, 42))
print(pcall(table.sort, {{}, {}}))
local words = {"pear", "fig", "apple"}
print(pcall(table.sort, words, function(a, b) return #a < #b end))
print(table.concat(words, " "))
