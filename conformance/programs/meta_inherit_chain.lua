-- three-level inheritance with overriding and explicit super calls
local Base = {}; Base.__index = Base
function Base.new(n) return setmetatable({name = n}, Base) end
function Base:describe() return "Base(" .. self.name .. ")" end
function Base:kind() return "base" end
function Base:hello() return "hello from " .. self:kind() end

local Mid = setmetatable({}, {__index = Base}); Mid.__index = Mid
function Mid.new(n, x) local o = Base.new(n); o.x = x; return setmetatable(o, Mid) end
function Mid:describe() return "Mid<" .. Base.describe(self) .. "," .. self.x .. ">" end
function Mid:kind() return "mid" end

local Leaf = setmetatable({}, {__index = Mid}); Leaf.__index = Leaf
function Leaf.new(n, x, y) local o = Mid.new(n, x); o.y = y; return setmetatable(o, Leaf) end
function Leaf:describe() return "Leaf[" .. Mid.describe(self) .. "|" .. self.y .. "]" end

local Tip = setmetatable({}, {__index = Leaf}); Tip.__index = Tip
function Tip:kind() return "tip:" .. Leaf.kind(self) end

local objs = {Base.new("a"), Mid.new("b", 1), Leaf.new("c", 2, 3), setmetatable(Leaf.new("d", 4, 5), Tip)}
for i, o in ipairs(objs) do
  print(i, o:describe(), o:kind(), o:hello())
end
print(rawget(Leaf, "kind"), Leaf.kind == Mid.kind, Tip.hello == Base.hello)
Base.extra = function(self) return "extra:" .. self.name end
print(objs[4]:extra(), objs[3]:extra())
