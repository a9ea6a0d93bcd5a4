-- hot loops (20000 iterations) calling inherited methods through __index chains
local Base = {}; Base.__index = Base
function Base:step(i) self.n = self.n + i % 7 end
function Base:get() return self.n end
local Mid = setmetatable({}, {__index = Base}); Mid.__index = Mid
function Mid:twice(i) self:step(i); self:step(i + 1) end
local Leaf = setmetatable({}, {__index = Mid}); Leaf.__index = Leaf
local o = setmetatable({n = 0}, Leaf)
for i = 1, 20000 do o:twice(i) end
print(o:get())
-- swapping a method mid-loop must be observed
local hits = 0
for i = 1, 20000 do
  if i == 10000 then function Mid:twice(j) hits = hits + 1 end end
  o:twice(i)
end
print(o:get(), hits)
-- polymorphic call site over several shapes
local A = {__index = {val = function(s) return 1 end}}
local B = {__index = setmetatable({}, {__index = {val = function(s) return s.k end}})}
local C = {__index = function(t, k) return function(s) return 3 end end}
local objs = {setmetatable({}, A), setmetatable({k = 2}, B), setmetatable({}, C)}
local sum = 0
for i = 1, 30000 do sum = sum + objs[i % 3 + 1]:val() end
print(sum)
