-- Protected calls in a hot loop: most succeed, one in ten raises a table and one in
-- seventeen a string; the results and error values are all used.
local function parse(i)
  if i % 10 == 0 then error({ code = i }) end
  if i % 17 == 0 then error("bad input", 0) end
  return i * 2, i % 3
end

local ok_sum, codes, msgs = 0, 0, 0
for i = 1, 3000000 do
  local ok, v, r = pcall(parse, i)
  if ok then
    ok_sum = ok_sum + v + r
  elseif type(v) == "table" then
    codes = codes + v.code
  else
    msgs = msgs + #v
  end
end
print(ok_sum, codes, msgs)
