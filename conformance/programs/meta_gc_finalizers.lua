-- __gc finalizers run at program exit in reverse order of registration, after main chunk output
local Res = {}
Res.__index = Res
Res.__gc = function(self) print("gc", self.name, self:describe()) end
function Res:describe() return "res<" .. self.name .. ">" end
local keep = {}
for i = 1, 3 do keep[i] = setmetatable({name = "r" .. i}, Res) end
-- __gc added after setmetatable does not mark the object for finalization
local late_mt = {}
keep.late = setmetatable({name = "late"}, late_mt)
late_mt.__gc = function(self) print("gc late (should not run)") end
-- metatable with __gc and __index to a prototype
local proto = {kind = "proto-kind"}
keep.p = setmetatable({}, {__index = proto, __gc = function(o) print("gc proto", o.kind) end})
print(keep[1]:describe(), keep.p.kind, type(getmetatable(keep[2]).__gc))
print("main chunk done")
