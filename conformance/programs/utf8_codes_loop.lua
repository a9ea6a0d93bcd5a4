-- utf8.codes in a hot loop over a long mixed string
local pieces = {}
for i = 1, 200 do
  pieces[#pieces + 1] = utf8.char(i, 0x100 + i, 0x1000 + i, 0x10000 + i)
end
local s = table.concat(pieces)
print(#s, utf8.len(s))
local count, sum, lastpos = 0, 0, 0
for p, c in utf8.codes(s) do
  count = count + 1
  sum = (sum + c * p) % 1000003
  lastpos = p
end
print(count, sum, lastpos)
local widths = {0, 0, 0, 0}
for p, c in utf8.codes(s) do
  local w = #utf8.char(c)
  widths[w] = widths[w] + 1
end
print(table.concat(widths, " "))
local lax = 0
for _, c in utf8.codes(s .. utf8.char(0x7FFFFFFF), true) do lax = lax + 1 end
print("lax", lax)
