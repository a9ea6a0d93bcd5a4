-- methods with varargs
local log = {entries = {}}
function log:add(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  self.entries[#self.entries + 1] = table.concat(parts, "|")
  return n
end
print(log:add(1, 2, 3))
print(log:add())
print(log:add(nil, "x", nil))
print(log:add("only"))
for i, e in ipairs(log.entries) do print(i, "[" .. e .. "]") end
function log:count(...) return #self.entries, ... end
print(log:count())
print(log:count("a", "b"))
local bound = {prefix = ">"}
function bound:fmt(...) return self.prefix, ... end
print(bound:fmt(1, nil, 3))
print((bound:fmt(1, 2)))
