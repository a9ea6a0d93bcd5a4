-- counting occurrences with tables
local words = {"the", "cat", "sat", "on", "the", "mat", "the", "end", "cat"}
local count = {}
for _, w in ipairs(words) do count[w] = (count[w] or 0) + 1 end
local keys = {}
for k in pairs(count) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, count[k]) end
local digits = {}
local n = 31415926535897
while n > 0 do
  local d = n % 10
  digits[d] = (digits[d] or 0) + 1
  n = n // 10
end
for d = 0, 9 do io.write(d, ":", digits[d] or 0, " ") end
print()
local letters = {}
local s = "hello world"
for i = 1, string.len(s) do
  local ch = string.sub(s, i, i)
  letters[ch] = (letters[ch] or 0) + 1
end
local ls = {}
for k, v in pairs(letters) do ls[#ls + 1] = k .. "=" .. v end
table.sort(ls)
print(table.concat(ls, " "))
