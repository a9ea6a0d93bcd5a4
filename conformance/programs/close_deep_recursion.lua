-- deep recursion where every level has a <close> variable
local closed = 0
local maxdepth = 0
local mt = {__close = function(o, e)
  closed = closed + 1
  if o.depth > maxdepth then maxdepth = o.depth end
  if o.depth == 1 or o.depth == 500 then print("close depth", o.depth, e) end
end}
local function rec(n, fail)
  local c <close> = setmetatable({depth = n}, mt)
  if n == 500 then
    if fail then error("bottom", 0) end
    return n
  end
  local r = rec(n + 1, fail)
  return r + 0
end
print("normal", rec(1, false), closed, maxdepth)
closed, maxdepth = 0, 0
print("error", pcall(rec, 1, true))
print("closed", closed, maxdepth)
-- closing order check over 50 levels
local seq = {}
local mt2 = {__close = function(o) seq[#seq + 1] = o.depth end}
local function rec2(n)
  local c <close> = setmetatable({depth = n}, mt2)
  if n < 50 then rec2(n + 1) end
end
rec2(1)
local okorder = true
for i = 1, 50 do if seq[i] ~= 51 - i then okorder = false end end
print("order innermost first", okorder, #seq)
-- several closables per level with an error at the bottom
local cnt = 0
local mt3 = {__close = function(o, e) cnt = cnt + 1 end}
local function rec3(n)
  local a <close> = setmetatable({}, mt3)
  local b <close> = setmetatable({}, mt3)
  if n == 0 then error("x", 0) end
  rec3(n - 1)
end
print(pcall(rec3, 300))
print("cnt", cnt)
