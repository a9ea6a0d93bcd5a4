-- closures and tables made in hot loops (entered through OSR) and kept in arrays
local fns = {}
for i = 1, 20000 do
  local box = { i }
  fns[i % 100 + 1] = function(d) box[1] = box[1] + d return box[1] end
end
local s = 0
for i = 1, 100 do s = s + fns[i](1) end
print(s)
local strs = {}
for i = 1, 30000 do
  strs[i % 64 + 1] = ("%d:%s"):format(i, ("z"):rep(i % 7))
end
print(strs[1], strs[64])
local cells = {}
for i = 1, 5000 do
  local a, b = i, tostring(i)
  cells[#cells + 1] = function() return a .. b end
  if #cells > 10 then table.remove(cells, 1) end
end
print(#cells, cells[1](), cells[10]())
