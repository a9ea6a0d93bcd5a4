-- 'for' preparation errors are reported at the line of 'do'
local a = nil
for i = 1,
  a
  do end
