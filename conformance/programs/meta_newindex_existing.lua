-- existing keys bypass __newindex; nil assignment then re-assignment triggers it
local hits = {}
local t = setmetatable({keep = 1, [1] = "one"}, {__newindex = function(t, k, v)
  hits[#hits + 1] = tostring(k)
  rawset(t, k, v)
end})
t.keep = 2
t[1] = "uno"
print(#hits, t.keep, t[1])
t.keep = nil
print(#hits, t.keep)
t.keep = 3
print(#hits, hits[1], t.keep)
t.keep = 4
print(#hits, t.keep)
-- __newindex that does not store: value never lands
local dropped = setmetatable({}, {__newindex = function() end})
dropped.x = 1
dropped.x = 2
print(dropped.x, next(dropped))
-- __index also present: a key found via __index is still "absent" for assignment
local proto = {shared = "proto"}
local inst = setmetatable({}, {__index = proto, __newindex = function(t, k, v) rawset(t, k, "wrapped:" .. v) end})
print(inst.shared)
inst.shared = "mine"
print(inst.shared, proto.shared)
inst.shared = "again"
print(inst.shared)
