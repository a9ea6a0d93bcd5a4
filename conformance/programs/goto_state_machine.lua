-- a small state machine written with goto
local input = "aabbbcaab"
local pos = 0
local counts = {a = 0, b = 0, other = 0}
local trans = {}
::read::
pos = pos + 1
if pos > string.len(input) then goto finish end
do
  local c = string.sub(input, pos, pos)
  if c == "a" then goto state_a end
  if c == "b" then goto state_b end
  counts.other = counts.other + 1
  trans[#trans + 1] = "?"
  goto read
end
::state_a::
counts.a = counts.a + 1
trans[#trans + 1] = "A"
goto read
::state_b::
counts.b = counts.b + 1
trans[#trans + 1] = "B"
goto read
::finish::
print(counts.a, counts.b, counts.other)
print(table.concat(trans))
