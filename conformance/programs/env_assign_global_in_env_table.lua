-- _ENV replaced by a table with no globals: free names read nil, writes land there
local print, pairs = print, pairs
local t = {}
do
  local _ENV = t
  a, b = 1, 2
  c = a + b
end
local keys = 0
for k, v in pairs(t) do keys = keys + v end
print(keys, a, t.c)
